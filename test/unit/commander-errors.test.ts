import { describe, expect, it } from 'vitest';
import { commanderErrorIn, readCommanderError } from '../../src/cli/commander-errors.js';
import { addLangOption } from '../../src/cli/lang-flag.js';
import { everyCommand } from '../../src/cli/localized-help.js';
import { createProgram } from '../../src/cli/run-cli.js';
import { startRun } from '../../src/cli/run-io.js';
import { say } from '../../src/i18n/catalogue.js';
import { CLI_COMMANDER } from '../../src/i18n/messages/cli-commander.js';
import { fakeIo } from '../support/fake-io.js';

/** The English error commander raises for `argv`, with its code, as Command.error receives them. */
async function commanderError(argv: readonly string[]): Promise<{ message: string; code: string | undefined }> {
  const program = createProgram(startRun(fakeIo()).io, () => undefined);
  addLangOption(program, 'en');
  let seen: { message: string; code: string | undefined } | undefined;
  for (const command of everyCommand(program)) {
    const error = command.error.bind(command);
    command.error = ((message: string, options?: { code?: string }) => {
      seen ??= { message, code: options?.code };
      return error(message, options);
    }) as typeof command.error;
    command.showHelpAfterError(false);
  }
  await program.parseAsync([...argv], { from: 'user' }).catch(() => undefined);
  if (seen === undefined) throw new Error(`no commander error for ${argv.join(' ')}`);
  return seen;
}

// Each of commander's errors cashflow can meet, with the Korean worked from the catalogue by hand.
const CASES: ReadonlyArray<readonly [argv: readonly string[], code: string, korean: string]> = [
  [['forecast', '--bogus'], 'commander.unknownOption', "오류: 알 수 없는 옵션입니다: '--bogus'"],
  [['forecast', '--dayz', '3'], 'commander.unknownOption', "오류: 알 수 없는 옵션입니다: '--dayz'\n(비슷한 옵션: --days)"],
  [['forcast'], 'commander.unknownCommand', "오류: 알 수 없는 명령입니다: 'forcast'\n(비슷한 명령: forecast)"],
  [['nope'], 'commander.unknownCommand', "오류: 알 수 없는 명령입니다: 'nope'"],
  [['forecast', 'a', 'b', 'c'], 'commander.excessArguments', "오류: 'forecast' 명령의 인자가 너무 많습니다. 인자는 1개까지인데 3개가 주어졌습니다."],
  [['init', 'x'], 'commander.excessArguments', "오류: 'init' 명령의 인자가 너무 많습니다. 인자를 받지 않는데 1개가 주어졌습니다."],
  [['forecast', 'invoices.csv', '--days'], 'commander.optionMissingArgument', "오류: 옵션 '--days <n>'에 값이 없습니다."],
  [['export', 'invoices.csv'], 'commander.missingMandatoryOptionValue', "오류: 꼭 필요한 옵션이 없습니다: '--to <format>'"],
  [['clients', '--lang', 'fr'], 'commander.invalidArgument', "오류: 옵션 '--lang <lang>'에 쓸 수 없는 값입니다: 'fr'. 쓸 수 있는 값: en, ko"],
];

describe("commander's errors in Korean", () => {
  it.each(CASES)('%j', async (argv, code, korean) => {
    const raised = await commanderError(argv);
    expect(raised.code).toBe(code);
    const read = readCommanderError(raised.message, raised.code);
    // Read back, the English catalogue says exactly what commander said: nothing of the message was lost.
    expect(read && say(CLI_COMMANDER, 'en', read)).toBe(raised.message);
    expect(commanderErrorIn('ko', raised.message, raised.code)).toBe(korean);
    expect(commanderErrorIn('en', raised.message, raised.code)).toBe(raised.message);
  });

  it('words the errors cashflow does not meet today as commander does, and leaves what it cannot read in English', () => {
    const conflict = "error: option '--json' cannot be used with environment variable 'CASHFLOW_FORMAT'";
    expect(commanderErrorIn('ko', conflict, 'commander.conflictingOption')).toBe("오류: 옵션 '--json', 환경 변수 'CASHFLOW_FORMAT': 함께 쓸 수 없습니다.");
    expect(commanderErrorIn('ko', "error: missing required argument 'file'", 'commander.missingArgument')).toBe("오류: 꼭 필요한 인자가 없습니다: 'file'");
    expect(commanderErrorIn('ko', 'error: something new', 'commander.unknownOption')).toBe('error: something new');
    expect(commanderErrorIn('ko', 'error: something new', undefined)).toBe('error: something new');
  });
});
