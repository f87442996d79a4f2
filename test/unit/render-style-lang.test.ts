import { describe, expect, it } from 'vitest';
import { renderStyleOf } from '../../src/cli/render-style.js';
import { startRun } from '../../src/cli/run-io.js';
import { fakeIo } from '../support/fake-io.js';

const ioWith = (env: Record<string, string>) => startRun(fakeIo({ env })).io;

describe('the language a command renders in', () => {
  it('follows the locale for people, while CSV and workbook headings stay English for scripts', () => {
    const style = renderStyleOf(ioWith({ LANG: 'ko_KR.UTF-8' }), { color: false });
    expect([style.lang, style.headingLang]).toEqual(['ko', 'en']);
  });

  it('puts the headings in the language --lang (or the config\'s "lang", merged into the flags) chose', () => {
    expect(renderStyleOf(ioWith({}), { color: false, lang: 'ko' })).toMatchObject({ lang: 'ko', headingLang: 'ko' });
    expect(renderStyleOf(ioWith({ LANG: 'ko_KR.UTF-8' }), { color: false, lang: 'en' })).toMatchObject({ lang: 'en', headingLang: 'en' });
  });

  it('is English with no locale and no choice', () => {
    expect(renderStyleOf(ioWith({ LANG: 'C.UTF-8' }), { color: false })).toMatchObject({ lang: 'en', headingLang: 'en' });
  });
});
