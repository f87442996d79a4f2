import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/run-cli.js';

// The functional core must not do I/O or know about the terminal: that keeps it testable and deterministic.
// i18n (the message catalogue) is core too: words and formats, imported by render and cli.
const CORE = ['domain', 'i18n', 'reconcile', 'forecast', 'bridge', 'report'];
const FORBIDDEN = /from '(node:[^']+|fs|path|commander|chalk|cli-table3|csv-parse[^']*)'/;
// A layer may import only from the layers before it.
const ORDER = ['domain', 'i18n', 'read', 'reconcile', 'forecast', 'bridge', 'report', 'render', 'cli'];

function sources(dir: string): string[] {
  const full = join(ROOT, 'src', dir);
  try {
    return readdirSync(full, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.ts'))
      .map((name) => join(full, name));
  } catch {
    return [];
  }
}

describe('architecture', () => {
  it.each(CORE)('src/%s imports no node:*, file, CLI or terminal library, and never reads the clock or env', (dir) => {
    for (const file of sources(dir)) {
      const text = readFileSync(file, 'utf8');
      expect(text, file).not.toMatch(FORBIDDEN);
      expect(text, file).not.toMatch(/new Date\(\)|Date\.now\(|process\./);
    }
  });

  it.each(ORDER)('src/%s imports only from earlier layers', (dir) => {
    const later = ORDER.slice(ORDER.indexOf(dir) + 1);
    for (const file of sources(dir)) {
      const text = readFileSync(file, 'utf8');
      for (const layer of later) expect(text, `${file} imports ${layer}`).not.toMatch(new RegExp(`from '\\.\\./${layer}/`));
    }
  });
});
