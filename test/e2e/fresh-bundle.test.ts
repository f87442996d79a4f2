import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import config from '../../vitest.config.js';
import { ROOT } from '../support/run-cli.js';

// Everything the bundle is made from; an edit to any of them after the last build would leave the e2e tests
// running old code.
function bundleInputs(): string[] {
  const sources = readdirSync(join(ROOT, 'src'), { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join('src', name));
  return [...sources, 'scripts/build.mjs', 'package.json'];
}

describe('the bundle the end-to-end tests run', () => {
  it('is built by vitest itself, before any test file', () => {
    expect(config.test?.globalSetup).toEqual(['test/global-setup.ts']);
  });

  it('is newer than every source it is built from (edit a source, run one e2e file: the new code is tested)', () => {
    const built = statSync(join(ROOT, 'dist/cli.cjs')).mtimeMs;
    const newer = bundleInputs().filter((file) => statSync(join(ROOT, file)).mtimeMs > built);
    expect(newer).toEqual([]);
  });
});
