import type { Command } from 'commander';
import type { Currency } from '../domain/currency.js';
import { currencyOf } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import type { DayOrder } from '../domain/parse-day.js';
import { parseExchangeRate, parseRate } from '../domain/parse-rate.js';
import type { Ratio } from '../domain/ratio.js';
import type { TextEncoding } from '../read/decode-text.js';
import { ENCODINGS, encodingOf } from '../read/decode-text.js';
import { english, ref } from '../read/issue-words.js';
import type { ReadSettings } from '../read/read-settings.js';
import { MAPPABLE_BANK_FIELDS } from '../read/statement/statement-fields.js';
import { failWith, hintOf, refsOf, z } from '../read/zod.js';
import { flagValueError, UsageError, usageError } from './user-errors.js';

/** The flags that say how to read the input files, as commander hands them over. */
export interface RawReadFlags {
  readonly encoding?: string | undefined;
  readonly decimalComma?: boolean | undefined;
  readonly dateFormat?: string | undefined;
  readonly map?: readonly string[] | undefined;
  readonly withholding?: string | undefined;
  readonly fx?: readonly string[] | undefined;
  readonly fxRates?: string | undefined;
  readonly skipInvalid?: boolean | undefined;
  readonly sheet?: string | undefined;
  readonly ignoreColumn?: readonly string[] | undefined;
  readonly quiet?: boolean | undefined;
  /** Not a flag: set by a command that reads only the invoices' dates (see ReadSettings.datesOnly). */
  readonly datesOnly?: boolean | undefined;
}

const encodingFlag = z
  .string()
  .transform((name, ctx): TextEncoding => encodingOf(name) ?? failWith(ctx, name, ref('notAnEncoding'), ref('encodingHint', ENCODINGS)));
const dateFormatFlag = z.string().transform((text, ctx) => {
  const key = text.toUpperCase().replace(/[^DMY]/g, '');
  if (key === 'DDMMYYYY') return 'DMY' as const;
  if (key === 'MMDDYYYY') return 'MDY' as const;
  return failWith(ctx, text, ref('notADateFormat'), ref('dateFormatHint'));
});

function usage(flag: string, value: string, result: z.ZodSafeParseError<unknown>): never {
  throw flagIssueError(`${flag} "${value}"`, result.error.issues[0]!);
}

/**
 * The usage error of a flag whose value a schema refused: in the run's language when the schema failed it with
 * message references (failWith), else zod's own English with --help to look at.
 */
export function flagIssueError(subject: string, issue: z.core.$ZodIssue): UsageError {
  const refs = refsOf(issue);
  if (refs !== undefined) return flagValueError(subject, refs.message, refs.hintMessage);
  return new UsageError(`${subject} ${issue.message}`, hintOf(issue) ?? english(ref('seeHelpHint')));
}

/** The day order --date-format names (DD/MM/YYYY or MM/DD/YYYY), for the files and the date flags alike. */
export function dayOrderFlag(text: string | undefined): DayOrder | undefined {
  if (text === undefined) return undefined;
  const result = dateFormatFlag.safeParse(text);
  return result.success ? result.data : usage('--date-format', text, result);
}

/**
 * The read settings from the flags; `fxFromFile` holds rates read from an --fx-rates file (flags win).
 * A wrong value is a UsageError that names the flag.
 */
export function readSettingsFromFlags(
  flags: RawReadFlags,
  currency: Currency,
  asOf: Day,
  fxFromFile: ReadonlyMap<string, Ratio> = new Map(),
): { settings: ReadSettings; encoding: TextEncoding | undefined } {
  let encoding: TextEncoding | undefined;
  if (flags.encoding !== undefined) {
    const result = encodingFlag.safeParse(flags.encoding);
    encoding = result.success ? result.data : usage('--encoding', flags.encoding, result);
  }
  const dayOrder = dayOrderFlag(flags.dateFormat);
  const invoiceColumns: Record<string, string> = {};
  const expenseColumns: Record<string, string> = {};
  const bankColumns: Record<string, string> = {};
  for (const entry of flags.map ?? []) {
    const match = /^(?:(invoices|expenses|bank)\.)?([a-z]+)=(.+)$/i.exec(entry);
    if (match === null) throw usageError(ref('mapNotFieldHeading', entry), ref('mapNotFieldHeadingHint'));
    const [, file, field, heading] = match as unknown as [string, string | undefined, string, string];
    const clean = heading.replace(/^"(.*)"$/, '$1');
    if (file === undefined || file.toLowerCase() === 'invoices') invoiceColumns[field.toLowerCase()] = clean;
    if (file === undefined || file.toLowerCase() === 'expenses') expenseColumns[field.toLowerCase()] = clean;
    // A statement's fields are its own (in, out, balance…): only a `bank.` choice is meant for it.
    if (file?.toLowerCase() === 'bank') {
      if (!(MAPPABLE_BANK_FIELDS as readonly string[]).includes(field.toLowerCase()))
        throw usageError(ref('mapNotStatementField', entry, field), ref('mapNotStatementFieldHint', MAPPABLE_BANK_FIELDS));
      bankColumns[field.toLowerCase()] = clean;
    }
  }
  let withholding: Ratio | undefined;
  if (flags.withholding !== undefined) {
    const parsed = parseRate(flags.withholding);
    if (!parsed.ok) throw flagValueError(`--withholding "${flags.withholding}"`, parsed.reason, parsed.hintReason);
    withholding = parsed.rate;
  }
  const fx = new Map(fxFromFile);
  for (const entry of flags.fx ?? []) {
    const [, code = '', rateText = ''] = /^([A-Za-z]{3})=(.+)$/.exec(entry.trim()) ?? [];
    if (currencyOf(code) === undefined) throw usageError(ref('fxNotCodeRate', entry), ref('fxNotCodeRateHint', currency.code));
    const rate = parseExchangeRate(rateText);
    if (!rate.ok) throw flagValueError(`--fx "${entry}": rate "${rateText}"`, rate.reason, rate.hintReason);
    fx.set(code.toUpperCase(), rate.rate);
  }
  return {
    settings: {
      currency,
      asOf,
      decimalComma: flags.decimalComma,
      dayOrder,
      invoiceColumns,
      expenseColumns,
      withholding,
      fx,
      sheet: flags.sheet,
      bankColumns,
      datesOnly: flags.datesOnly,
      ignoreColumns: flags.ignoreColumn,
    },
    encoding,
  };
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/** The options that say how to read the input files, shared by every command that reads them. */
export function addReadOptions(command: Command): Command {
  return (
    command
      .option('--withholding <rate>', 'tax the client withholds from every invoice without a withholding cell, e.g. 3.3')
      .option('--fx <code=rate>', 'exchange rate into the forecast currency, e.g. USD=1390.5 (repeatable)', collect, [])
      .option('--fx-rates <file>', 'exchange rates as CSV: currency,rate')
      .option(
        '--map <field=heading>',
        'read a column under another heading, e.g. amount="Total (KRW)" (repeatable; prefix invoices., expenses. or bank. for one file)',
        collect,
        [],
      )
      .option('--encoding <name>', 'read the files as utf-8, utf-16le, utf-16be or cp949 (default: detected)')
      .option('--decimal-comma', 'amounts use a decimal comma: 1.234,56 (default: detected per column)')
      .option('--date-format <format>', 'how to read 01/12/2026: DD/MM/YYYY or MM/DD/YYYY')
      .option('--skip-invalid', 'leave out rows with problems (each reported on stderr) instead of stopping')
      .option('--ignore-column <heading>', 'read past this column without a warning (repeatable; also "ignore" in the config)', collect, [])
      .option('--quiet', 'print no warnings (errors still print)')
      // Workbooks (.xlsx, .xls, HTML saved as .xls): which sheet the invoices and expenses are on.
      .option('--sheet <name>', 'the sheet to read of an invoices or expenses workbook (default: the first)')
  );
}

/**
 * Every option that shapes a forecast (dates, balance, delays, currency, inputs, bridges, config) plus the read
 * options: shared by forecast, check and export so the three read the same files the same way.
 */
export function addForecastOptions(command: Command): Command {
  command
    .option('--expenses <file>', 'expenses CSV: date, amount, description[, category, repeat, until]')
    .option('--balance <amount>', 'bank balance at the start of the as-of day (default: 0, and the report says so)')
    .option('--as-of <date>', 'first day of the forecast, YYYY-MM-DD (default: today)')
    .option('--days <n>', 'number of days to forecast', '90')
    .option('--buffer <amount>', 'a day ending below this balance is a shortfall day', '0')
    .option('--delay <days>', 'assume clients pay this many days after issuing, unless the due date is later', '30')
    .option('--overdue-grace <days>', 'expect an overdue invoice this many days after the as-of date', '14')
    .option('--min-history <n>', 'clients with this many paid invoices are expected to pay after their median days-to-pay', '3')
    .option('--currency <code>', 'currency of the balance and every amount', 'KRW')
    .option('--bridges <file>', 'bridge-options catalogue (JSON); replaces the defaults unless it says "extends": "defaults"')
    .option('--config <file>', 'settings file (default: ./cashflow.config.json when it exists); flags win over it')
    .option('--no-color', 'never colour the output (also NO_COLOR=1)');
  return addReadOptions(command);
}
