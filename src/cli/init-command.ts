import { lstat, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { addDays, formatDay, parseIsoDay } from '../domain/day.js';
import { langOfLocale } from '../i18n/locale-lang.js';
import type { InitMessages } from '../i18n/messages/init.js';
import { INIT } from '../i18n/messages/init.js';
import { fileErrorRefs } from '../read/file-error.js';
import { ref } from '../read/issue-words.js';
import { DEFAULT_CONFIG } from './apply-config.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';
import type { CliIo } from './io.js';
import { chosenLang } from './lang-flag.js';
import { usageError } from './user-errors.js';

function exampleFiles(today: string, words: InitMessages): { invoices: string; expenses: string } {
  const day = parseIsoDay(today)!;
  const at = (offset: number) => formatDay(addDays(day, offset));
  const [studio, acme, brand] = words.exampleClients();
  const [rent, phone, card, repair] = words.exampleExpenses();
  return {
    invoices: [
      'id,client,amount,issued,due,paid,repeat,until',
      `INV-001,${studio},"1,000,000",${at(-200)},${at(-170)},${at(-160)},,`,
      `INV-002,${studio},"1,500,000",${at(-140)},${at(-110)},${at(-100)},,`,
      `INV-003,${studio},"900,000",${at(-90)},${at(-60)},${at(-50)},,`,
      `INV-004,${studio},"1,200,000",${at(-20)},${at(10)},,,`,
      `INV-005,${acme},"800,000",${at(-75)},${at(-45)},,,`,
      `RET-01,${brand},"600,000",${at(3)},${at(17)},,monthly,${at(150)}`,
      '',
    ].join('\n'),
    expenses: [
      'date,amount,description,category,repeat,until',
      `${at(5)},"650,000",${rent},rent,monthly,`,
      `${at(8)},"69,000",${phone},phone,monthly,`,
      `${at(12)},"900,000",${card},card,monthly,`,
      `${at(40)},"250,000",${repair},equipment,,`,
      '',
    ].join('\n'),
  };
}

/** Registers `cashflow init`: a starter config and example files in the current folder, never overwriting. */
export function addInitCommand(program: Command, io: CliIo, setExit: (code: ExitCode) => void): void {
  program
    .command('init')
    .description('write a commented cashflow.config.json and example invoices.csv and expenses.csv here')
    .addHelpText(
      'after',
      `
Examples:
  $ mkdir books && cd books && cashflow init && cashflow forecast
  $ cashflow init     # refuses when any of the three files exists`,
    )
    .action(async (flags: { lang?: string }) => {
      const words = INIT[chosenLang(flags) ?? langOfLocale(io.env)];
      const examples = exampleFiles(io.today, words);
      const files: Array<[string, string]> = [
        [DEFAULT_CONFIG, words.starterConfig()],
        ['invoices.csv', examples.invoices],
        ['expenses.csv', examples.expenses],
      ];
      const existing: string[] = [];
      for (const [name] of files) if (await isTaken(name)) existing.push(name);
      if (existing.length > 0) throw usageError(ref('initWouldOverwrite', existing), ref('initWouldOverwriteHint'));
      // 'wx' also refuses a name taken since the check, and never follows a symbolic link.
      for (const [name, text] of files)
        await writeFile(name, text, { flag: 'wx' }).catch((error: unknown) => {
          throw cannotWrite(name, error);
        });
      io.stdout(`${words.wrote(files.map(([name]) => name))}\n${words.next()}\n`);
      setExit(EXIT.ok);
    });
}

/** Whether anything is at `name`, a symbolic link to nothing included: init must not write through one. */
async function isTaken(name: string): Promise<boolean> {
  try {
    await lstat(name);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw cannotWrite(name, error);
  }
}

function cannotWrite(name: string, error: unknown): unknown {
  const why = fileErrorRefs(error);
  return why === undefined ? error : usageError(ref('initCouldNotWrite', name, why.code), why.hint);
}
