import type { Lang } from '../i18n/lang.js';
import { CLI_OUTPUT } from '../i18n/messages/cli-output.js';
import type { PasswordSource } from '../read/workbook/load-document.js';
import { safeText } from '../render/safe-text.js';
import type { CliIo } from './io.js';

/**
 * Where the password of an encrypted workbook (토스뱅크's statement) comes from: CASHFLOW_BANK_PASSWORD, else a prompt
 * on the terminal (asked in `lang`), else none, and the reader says how to give one. Asked only when such a file is met, so a run
 * from cron never waits for a prompt nobody sees.
 */
export function workbookPassword(io: CliIo, lang: Lang = 'en'): PasswordSource {
  return async (file) => {
    const set = io.env.CASHFLOW_BANK_PASSWORD;
    if (set !== undefined && set !== '') return set;
    return io.askPassword?.(CLI_OUTPUT[lang].passwordPrompt(safeText(file)));
  };
}

/**
 * Reads one line from the terminal with echo off, the prompt on standard error (standard output may be a report
 * being redirected). Undefined when standard input or error is not a terminal, on Ctrl-C or Ctrl-D, or when
 * nothing was typed.
 */
export function askOnTerminal(prompt: string): Promise<string | undefined> {
  const input = process.stdin;
  if (input.isTTY !== true || process.stderr.isTTY !== true) return Promise.resolve(undefined);
  // Echo goes off before the prompt shows, so that nothing typed at once after it is echoed.
  input.setRawMode(true);
  input.setEncoding('utf8');
  input.resume();
  process.stderr.write(prompt);
  let typed = '';
  return new Promise((resolve) => {
    const finish = (value: string | undefined) => {
      input.off('data', onData);
      input.setRawMode(false);
      input.pause();
      process.stderr.write('\n');
      resolve(value === '' ? undefined : value);
    };
    const onData = (chunk: string) => {
      for (const character of chunk) {
        if (character === '\r' || character === '\n') return finish(typed);
        if (character === '\u0003' || character === '\u0004') return finish(undefined);
        if (character === '\u007f' || character === '\b') typed = [...typed].slice(0, -1).join('');
        else if (character >= ' ') typed += character;
      }
    };
    input.on('data', onData);
  });
}
