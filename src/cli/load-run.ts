import { chooseCatalogue } from '../bridge/catalogue-choice.js';
import type { Day } from '../domain/day.js';
import type { Invoices } from '../domain/invoice-book.js';
import { everyInvoice } from '../domain/invoice-book.js';
import type { Ratio } from '../domain/ratio.js';
import type { Expense } from '../domain/types.js';
import type { ForecastOptions } from '../forecast/options.js';
import type { StartingBalance } from '../forecast/starting-balance.js';
import { chooseStartingBalance } from '../forecast/starting-balance.js';
import type { Lang } from '../i18n/lang.js';
import { langOfLocale } from '../i18n/locale-lang.js';
import { INPUT_ISSUES } from '../i18n/messages/input-issues.js';
import { appendAll } from '../read/append-all.js';
import type { Catalogue } from '../read/catalogue-schema.js';
import { onceEachColumn } from '../read/columns.js';
import type { TextEncoding } from '../read/decode-text.js';
import { parseFxRates } from '../read/fx-rates.js';
import type { InputIssue } from '../read/input-issue.js';
import { hasErrors } from '../read/input-issue.js';
import { ref, said } from '../read/issue-words.js';
import type { TextSource } from '../read/load-text.js';
import { loadText } from '../read/load-text.js';
import type { ReadSettings } from '../read/read-settings.js';
import { booksFromStatement } from '../reconcile/apply-matches.js';
import { formatIssues } from '../render/input-issues.js';
import type { StatementPayments } from '../report/cashflow-report.js';
import type { ReconcileReport } from '../report/reconcile-report.js';
import { buildReconcileReport } from '../report/reconcile-report.js';
import type { RawForecastFlags } from './forecast-flags.js';
import { forecastOptionsFromFlags, typedBalanceFromFlags } from './forecast-flags.js';
import type { CliIo } from './io.js';
import { chosenLang } from './lang-flag.js';
import type { RawLearnFlags } from './learn-flags.js';
import type { LearnedInputs } from './learned-inputs.js';
import { learnedInputs } from './learned-inputs.js';
import { loadCatalogue } from './load-catalogue.js';
import { loadInputs } from './load-inputs.js';
import { loadStatements } from './load-statements.js';
import type { RawReadFlags } from './read-flags.js';
import { readSettingsFromFlags } from './read-flags.js';
import type { RawReconcileFlags } from './reconcile-flags.js';
import { reconcileSettingsFromFlags } from './reconcile-flags.js';
import { InputError, usageError } from './user-errors.js';

/** Everything a forecast-like command needs, read and validated from its flags and files. */
export interface LoadedRun {
  readonly options: ForecastOptions;
  /** The invoices as the forecast counts them: with --bank, those a deposit paid are paid (see booksFromStatement). */
  readonly invoices: Invoices;
  readonly expenses: Expense[];
  readonly catalogue: Catalogue;
  /** The balance to start from: the statements' or the typed one, with its day (see buildReport). */
  readonly balance: StartingBalance;
  /** What the statements say about the invoices, when there are statements; and what of it the books now hold. */
  readonly reconciliation: ReconcileReport | undefined;
  readonly paidByStatement: StatementPayments | undefined;
  /** How the files were read (the rates, columns, encoding): for a command that reads one of them again. */
  readonly readSettings: ReadSettings;
  readonly encoding: TextEncoding | undefined;
  /** --learn-expenses, --everyday: what was learned and counted (`expenses` holds the rows). */
  readonly learnedExpenses?: LearnedInputs['learnedExpenses'] | undefined;
  readonly everyday?: LearnedInputs['everyday'] | undefined;
}

/**
 * Reads the flags, the input files, the exchange rates and the bridge catalogue; stops with every input
 * problem (InputError) unless --skip-invalid lets row problems through as warnings.
 */
export async function loadRun(invoicesPath: string, flags: RawForecastFlags & RawReadFlags & RawReconcileFlags & RawLearnFlags, io: CliIo): Promise<LoadedRun> {
  if (invoicesPath === '-' && flags.expenses === '-') throw usageError(ref('oneStandardInput'), ref('oneStandardInputHint'));
  const options = forecastOptionsFromFlags(flags, io.today);
  const typed = typedBalanceFromFlags(flags, options, io.today);
  const issues: InputIssue[] = [];
  const fxFile = flags.fxRates === undefined ? undefined : await loadFxRates(flags.fxRates, issues, io);
  const { settings, encoding } = readSettingsFromFlags(flags, options.currency, options.asOf, fxFile);
  // Warnings print here, before any renderer, and a workbook's password is asked for: in the language the report will
  // take (renderStyleOf).
  const lang = chosenLang(flags as { lang?: string }) ?? langOfLocale(io.env);
  const inputs = await loadInputs(invoicesPath, flags.expenses, settings, encoding, io, lang);
  appendAll(issues, inputs.issues);
  const statements = await loadStatements(flags.bank ?? [], settings, encoding, io, issues, lang);
  // The statement's deposits pay invoices: those are paid on the deposit's day, and learned from (issue 14).
  // A reconciliation weighs each invoice, paid or not: every one of them as an object.
  const reconciliation =
    statements.length === 0 || hasErrors(issues)
      ? undefined
      : buildReconcileReport(everyInvoice(inputs.invoices), statements, options, reconcileSettingsFromFlags(flags, options.currency));
  const books = reconciliation === undefined ? undefined : booksFromStatement(everyInvoice(inputs.invoices), reconciliation.reconciliation, options.asOf);
  if (reconciliation !== undefined)
    appendAll(issues, [...paidNotFoundWarnings(reconciliation, options.asOf), ...(flags.reviewListed === true ? [] : reviewWarnings(reconciliation))]);
  const userCatalogue = flags.bridges === undefined ? undefined : await loadCatalogue(flags.bridges, options.currency, issues, io);
  // An unknown column of both files is one warning of the run.
  const skippedRows = acceptIssues(onceEachColumn(issues), flags.skipInvalid === true, flags.quiet === true, io, lang);
  // Issue 14: the statements' recurring expenses beside the file's, and everyday spending, when asked for.
  const learned = learnedInputs(flags, statements, inputs.expenses, options);
  if (learned !== undefined && learned.warnings.length > 0 && flags.quiet !== true) io.stderr(formatIssues(learned.warnings, lang));
  const balance = chooseStartingBalance(statements, typed, options.asOf);
  if ('conflict' in balance) {
    const fromConfig = balance.typed.source === 'config';
    throw usageError(ref('undatedBalance', fromConfig, balance.files.join(', ')), ref('undatedBalanceHint', fromConfig));
  }
  return {
    options: { ...options, skippedRows },
    invoices: books?.invoices ?? inputs.invoices,
    reconciliation,
    paidByStatement: books === undefined ? undefined : { paid: books.paid, partial: books.partial },
    readSettings: settings,
    encoding,
    expenses: learned?.expenses ?? inputs.expenses,
    learnedExpenses: learned?.learnedExpenses,
    everyday: learned?.everyday,
    catalogue: chooseCatalogue(options.currency, userCatalogue),
    balance,
  };
}

/**
 * Decides what the input problems mean: errors stop the run (exit 2), unless --skip-invalid was given and every
 * error concerns one row — then those rows are left out, reported on stderr (the first 50, as errors are, and a
 * count of the rest), and their number returned. `quiet` prints no warnings.
 */
export function acceptIssues(issues: readonly InputIssue[], skipInvalid: boolean, quiet: boolean, io: CliIo, lang: Lang = 'en'): number {
  const errors = issues.filter((issue) => issue.severity === 'error');
  if (errors.length > 0 && !(skipInvalid && errors.every((issue) => issue.rowOnly === true))) throw new InputError(quiet ? errors : issues);
  const asWarnings = issues.map(
    (issue): InputIssue =>
      issue.severity === 'error' ? { ...issue, severity: 'warning', problem: INPUT_ISSUES.en.rowSkipped(issue.problem), rowSkipped: true } : issue,
  );
  // --quiet: no warnings at all, the skipped rows' included (the report still counts them).
  if (!quiet) io.stderr(formatIssues(asWarnings, lang));
  return new Set(errors.map((issue) => `${issue.file}:${issue.line}`)).size;
}

export async function loadFxRates(path: string, issues: InputIssue[], source: TextSource): Promise<Map<string, Ratio>> {
  const text = await loadText(path, source);
  if ('issue' in text) {
    issues.push(text.issue);
    return new Map();
  }
  const read = parseFxRates(text.text, path);
  appendAll(issues, read.issues);
  return read.values;
}

/**
 * A paid date in the sheet that the statement, covering that day, does not bear out: a warning of the invoice's
 * row, since the forecast then trusts a payment the bank never shows (a typo, or another account).
 */
function paidNotFoundWarnings(report: ReconcileReport, asOf: Day): InputIssue[] {
  return report.reconciliation.paidWithoutDeposit.map(({ invoice, paid }) => {
    const row = invoice.source;
    return {
      severity: 'warning',
      file: row?.file ?? report.statement.files[0] ?? '',
      line: row?.line,
      column: 1,
      ...said(ref('paidWithoutDeposit', invoice.id, paid, invoice.client, asOf), ref('paidWithoutDepositHint')),
    };
  });
}

/** Deposits with more than one reading are not guessed, so the invoices they may pay stay open: the user hears so. */
function reviewWarnings(report: ReconcileReport): InputIssue[] {
  const { review } = report.reconciliation;
  if (review.length === 0) return [];
  const candidates = [...new Set(review.flatMap((entry) => entry.candidates))];
  return [
    {
      severity: 'warning',
      file: report.statement.files[0] ?? '',
      ...said(ref('depositsToReview', review.length, candidates), ref('depositsToReviewHint')),
    },
  ];
}
