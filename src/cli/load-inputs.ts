import type { Invoices } from '../domain/invoice-book.js';
import type { Expense } from '../domain/types.js';
import type { Lang } from '../i18n/lang.js';
import { appendAll } from '../read/append-all.js';
import type { CsvTable } from '../read/csv-table.js';
import type { TextEncoding } from '../read/decode-text.js';
import { parseExpenses } from '../read/expenses.js';
import type { InputIssue, Read } from '../read/input-issue.js';
import { plainInvoiceBook } from '../read/invoice-columns.js';
import { COLUMNAR_CHARS, parseInvoices } from '../read/invoices.js';
import type { ReadSettings } from '../read/read-settings.js';
import { loadDocument } from '../read/workbook/load-document.js';
import type { CliIo } from './io.js';
import { workbookPassword } from './workbook-password.js';

type Parse<V> = (input: string | CsvTable, file: string, settings: ReadSettings) => Read<V>;

/**
 * A large plain invoices file as a book whose paid rows stay columns (see InvoiceBook): the forecast learns from
 * them without a million objects. Any other file is parseInvoices's, which then need not try the columns again.
 */
function readInvoices(input: string | CsvTable, file: string, settings: ReadSettings): Read<Invoices> {
  const large = typeof input === 'string' && input.length >= COLUMNAR_CHARS;
  const book = large ? plainInvoiceBook(input, file, settings) : undefined;
  return book === undefined ? parseInvoices(input, file, settings, !large) : { values: book, issues: [] };
}

/**
 * The two input files read and parsed, with every problem of both (the shell around the pure parsers). Either may
 * be a CSV file or a workbook, whose sheet is --sheet or its first.
 */
export async function loadInputs(
  invoicesPath: string,
  expensesPath: string | undefined,
  settings: ReadSettings,
  encoding: TextEncoding | undefined,
  io: CliIo,
  lang: Lang = 'en',
): Promise<{ invoices: Invoices; expenses: Expense[]; issues: InputIssue[] }> {
  const issues: InputIssue[] = [];
  const password = workbookPassword(io, lang);
  const readOne = async <V>(path: string, parse: Parse<V>, empty: V): Promise<V> => {
    const loaded = await loadDocument(path, io, { encoding, sheet: settings.sheet, password });
    if ('issue' in loaded) {
      issues.push(loaded.issue);
      return empty;
    }
    const file = path === '-' ? '<stdin>' : path;
    const read = 'text' in loaded ? parse(loaded.text, file, settings) : parse(loaded.tables[0]!, file, settings);
    if ('issues' in loaded) appendAll(issues, loaded.issues);
    appendAll(issues, read.issues);
    return read.values;
  };
  const invoices = await readOne<Invoices>(invoicesPath, readInvoices, []);
  const expenses = expensesPath === undefined ? [] : await readOne<Expense[]>(expensesPath, parseExpenses, []);
  return { invoices, expenses, issues };
}
