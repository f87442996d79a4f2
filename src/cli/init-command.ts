import { lstat, writeFile } from 'node:fs/promises';
import type { Command } from 'commander';
import { addDays, formatDay, parseIsoDay } from '../domain/day.js';
import { langOfLocale } from '../i18n/locale-lang.js';
import type { InitMessages } from '../i18n/messages/init.js';
import { INIT } from '../i18n/messages/init.js';
import { fileErrorText } from '../read/file-error.js';
import { DEFAULT_CONFIG } from './apply-config.js';
import type { ExitCode } from './exit-codes.js';
import { EXIT } from './exit-codes.js';
import type { CliIo } from './io.js';
import { chosenLang } from './lang-flag.js';
import { UsageError } from './user-errors.js';

/** A starter config: every setting, commented, ready for `cashflow forecast` with no arguments. */
const STARTER_CONFIG = `{
  // cashflow reads this file from the working directory (or --config FILE).
  // Flags on the command line win over it; it wins over the built-in defaults.
  // Relative paths are read from this file's folder. Comments and trailing commas are fine.
  "invoices": "invoices.csv",
  "expenses": "expenses.csv",
  "balance": 500000,          // bank balance at the start of today; update it each month
  "buffer": 0,                // a day ending below this is a shortfall
  "currency": "KRW",
  "delay": 30,                // assume clients pay this many days after issuing (unless due later)
  "overdueGrace": 14,         // an overdue invoice is expected this many days from today
  "minHistory": 3,            // clients with this many paid invoices get their own median delay
  "days": 90,                 // horizon
  // "withholding": "3.3",    // 3.3 % withheld from every invoice without a withholding column
  // "fx": { "USD": "1390.5" },
  // "map": { "amount": "Total (KRW)" },
  // "bridges": "bridges.json",   // your own bridge options: cashflow bridges --init > bridges.json
  "format": "table"           // table, json or csv
}
`;

function exampleFiles(today: string): { invoices: string; expenses: string } {
  const day = parseIsoDay(today)!;
  const at = (offset: number) => formatDay(addDays(day, offset));
  return {
    invoices: [
      'id,client,amount,issued,due,paid,repeat,until',
      `INV-001,Studio B,"1,000,000",${at(-200)},${at(-170)},${at(-160)},,`,
      `INV-002,Studio B,"1,500,000",${at(-140)},${at(-110)},${at(-100)},,`,
      `INV-003,Studio B,"900,000",${at(-90)},${at(-60)},${at(-50)},,`,
      `INV-004,Studio B,"1,200,000",${at(-20)},${at(10)},,,`,
      `INV-005,Acme Co,"800,000",${at(-75)},${at(-45)},,,`,
      `RET-01,Little Brand,"600,000",${at(3)},${at(17)},,monthly,${at(150)}`,
      '',
    ].join('\n'),
    expenses: [
      'date,amount,description,category,repeat,until',
      `${at(5)},"650,000",Rent,rent,monthly,`,
      `${at(8)},"69,000",Phone,phone,monthly,`,
      `${at(12)},"900,000",Card bill,card,monthly,`,
      `${at(40)},"250,000",Laptop repair,equipment,,`,
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
      const examples = exampleFiles(io.today);
      const files: Array<[string, string]> = [
        [DEFAULT_CONFIG, STARTER_CONFIG],
        ['invoices.csv', examples.invoices],
        ['expenses.csv', examples.expenses],
      ];
      const existing: string[] = [];
      for (const [name] of files) if (await isTaken(name, words)) existing.push(name);
      if (existing.length > 0) throw new UsageError(words.wouldOverwrite(existing), words.wouldOverwriteHint());
      // 'wx' also refuses a name taken since the check, and never follows a symbolic link.
      for (const [name, text] of files)
        await writeFile(name, text, { flag: 'wx' }).catch((error: unknown) => {
          throw cannotWrite(name, error, words);
        });
      io.stdout(`${words.wrote(files.map(([name]) => name))}\n${words.next()}\n`);
      setExit(EXIT.ok);
    });
}

/** Whether anything is at `name`, a symbolic link to nothing included: init must not write through one. */
async function isTaken(name: string, words: InitMessages): Promise<boolean> {
  try {
    await lstat(name);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw cannotWrite(name, error, words);
  }
}

function cannotWrite(name: string, error: unknown, words: InitMessages): unknown {
  const why = fileErrorText(error);
  return why === undefined ? error : new UsageError(words.couldNotWrite(name, why.reason), why.hint);
}
