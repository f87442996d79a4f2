import { describe, expect, it } from 'vitest';
import { englishHelpTexts } from '../../src/cli/localized-help.js';
import { createProgram } from '../../src/cli/run-cli.js';
import { startRun } from '../../src/cli/run-io.js';
import { KO_HELP } from '../../src/i18n/messages/help-ko.js';
import { fakeIo } from '../support/fake-io.js';

const englishTexts = () => englishHelpTexts(createProgram(startRun(fakeIo()).io, () => undefined));

describe('the Korean help catalogue', () => {
  it('has Korean for every English help text of every command', () => {
    const missing = englishTexts().filter((text) => KO_HELP[text] === undefined);
    expect(missing).toEqual([]);
  });

  it('holds no entry whose English no command prints any more', () => {
    const used = new Set(englishTexts());
    expect(Object.keys(KO_HELP).filter((english) => !used.has(english))).toEqual([]);
  });

  it('finds the texts it checks: descriptions and the paragraphs after the options', () => {
    const texts = englishTexts();
    expect(texts).toContain('print the table as JSON');
    expect(texts).toContain('Each option is priced as if drawn as soon as it can be (as-of + its lead time) and held --days days.');
    expect(texts.length).toBeGreaterThan(100);
  });
});
