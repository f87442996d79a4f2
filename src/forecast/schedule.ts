import type { Day } from '../domain/day.js';
import { addDays, formatDay } from '../domain/day.js';
import type { Invoices } from '../domain/invoice-book.js';
import { bookOf, everyInvoice, idAt, NO_DAY } from '../domain/invoice-book.js';
import { vatDeadline, vatPeriodName, vatPeriodOf, vatPeriodStart } from '../domain/korean-tax.js';
import type { Minor, TotalName } from '../domain/money.js';
import { addMinor, minor, negMinor } from '../domain/money.js';
import type { RangeWord } from '../domain/range-words.js';
import type { Occurrence } from '../domain/recurrence.js';
import { expand } from '../domain/recurrence.js';
import { taxWord } from '../domain/tax-words.js';
import type { Assumption, CashEvent, Expense, ExpenseEvent, Invoice, Source, TaxEvent } from '../domain/types.js';
import { named } from '../i18n/messages/tax-events.js';
import type { LearnedDelay } from './client-history.js';
import { doubtfulReason } from './doubtful.js';
import { expectedCashDay } from './expected-cash-day.js';
import type { ForecastOptions } from './options.js';
import { horizonEnd, scheduleStart } from './options.js';
import { calendarBooksVat, taxCalendarApplies } from './tax-calendar/applies.js';
import { MAX_ROLL_DAYS, nextBusinessDayFor } from './tax-calendar/business-day.js';
import { calendarTaxEvents } from './tax-calendar/tax-events.js';

/**
 * Turns invoices and expenses into the dated cash events of the horizon, in date order
 * (ties keep file order: invoices, then expenses, each by line, then VAT payments, then the tax calendar's). Paid invoices are history and
 * produce nothing; so do occurrences and one-off expenses before as-of (caughtUpEvents has those after a dated balance),
 * and cash expected after the horizon.
 */
export function scheduleEvents(
  invoices: Invoices,
  expenses: readonly Expense[],
  options: ForecastOptions,
  learned: ReadonlyMap<string, LearnedDelay> = new Map(),
  /** openOccurrences(invoices, options), when the caller has them already: a large file has ~250,000. */
  occurrences: readonly OpenOccurrence[] = openOccurrences(invoices, options),
): CashEvent[] {
  const end = horizonEnd(options);
  const events: CashEvent[] = [];
  const assumptions = assumptionsOf(options);
  for (const occurrence of occurrences) {
    // A doubtful invoice is listed in the report (doubtfulInvoices), never counted on as cash here.
    if (doubtfulReason(occurrence, options) !== undefined) continue;
    const { invoice, issued, due } = occurrence;
    const history = learned.get(invoice.client);
    const { expected, date } = expectedOccurrenceDay(occurrence, options, learned);
    if (date > end) continue;
    const assumption = assumptions.of(history, expected.overdue);
    events.push({
      kind: 'invoice',
      date,
      amount: invoice.amount,
      assumption,
      id: occurrence.id,
      client: invoice.client,
      gross: invoice.gross,
      withheld: invoice.withheld,
      vat: invoice.vat,
      original: invoice.original,
      issued,
      due,
      overdue: expected.overdue,
      source: invoice.source,
      occurrence: occurrence.index,
    });
  }
  for (const expense of expenses) {
    for (const { day, index } of expand(ruleOf(expense), { from: options.asOf, to: end })) events.push(expenseEvent(expense, day, index));
  }
  // The rows a book keeps as columns carry no VAT; the tax calendar reads every invoice.
  for (const payment of vatPayments(bookOf(invoices).rows, options, options.asOf, end)) events.push(payment);
  if (taxCalendarApplies(options)) for (const payment of calendarTaxEvents(everyInvoice(invoices), expenses, options, options.asOf, end)) events.push(payment);
  // Same-day events stay in the order they were pushed.
  return sortedByDate(events);
}

/**
 * The events in date order, same-day ones in the order given: what the stable `events.sort((a, b) => a.date -
 * b.date)` returns, by counting the events of each day when the days span no more than a few times their number
 * (a large file's 218,000 events fall on a year's days), not by a call into JavaScript per comparison.
 */
export function sortedByDate<E extends { readonly date: Day }>(events: E[]): E[] {
  if (events.length < 2) return events;
  let first = events[0]!.date as number;
  let last = first;
  for (const { date } of events) {
    if (date < first) first = date;
    else if (date > last) last = date;
  }
  const span = last - first + 1;
  if (!Number.isSafeInteger(span) || span > 4 * events.length + 1024) return events.sort((a, b) => a.date - b.date);
  const starts = new Int32Array(span + 1);
  for (const { date } of events) starts[date - first + 1] = starts[date - first + 1]! + 1;
  for (let day = 1; day <= span; day += 1) starts[day] = starts[day]! + starts[day - 1]!;
  const sorted: E[] = new Array(events.length);
  for (const event of events) {
    const place = starts[event.date - first]!;
    sorted[place] = event;
    starts[event.date - first] = place + 1;
  }
  return sorted;
}

/**
 * The assumption behind an invoice event, one object per client's learned delay and verdict, shared by its events:
 * they are read, never changed, and a large file's 218,000 events name a few hundred (~9 MB less to hold and mark).
 */
function assumptionsOf(options: ForecastOptions): { of(history: LearnedDelay | undefined, overdue: boolean): Assumption } {
  const made = (history: LearnedDelay | undefined, overdue: boolean): Assumption => ({
    basis: overdue ? 'overdue' : history === undefined ? 'default' : 'history',
    days: history?.medianDays ?? options.delayDays,
    paidCount: history?.paidCount ?? 0,
  });
  const unlearned = { onTime: made(undefined, false), overdue: made(undefined, true) };
  const learned = new Map<LearnedDelay, { onTime: Assumption; overdue: Assumption }>();
  return {
    of(history, overdue) {
      let pair = history === undefined ? unlearned : learned.get(history);
      if (pair === undefined) {
        pair = { onTime: made(history, false), overdue: made(history, true) };
        learned.set(history!, pair);
      }
      return overdue ? pair.overdue : pair.onTime;
    },
  };
}

/**
 * The day the deterministic forecast expects an open occurrence's cash (the stress delay included), and the rule's
 * verdict: the one date both the forecast and the simulation (as its median) use.
 */
export function expectedOccurrenceDay(
  occurrence: OpenOccurrence,
  options: ForecastOptions,
  learned: ReadonlyMap<string, LearnedDelay>,
): { expected: { date: Day; overdue: boolean }; date: Day } {
  const expected = expectedCashDay(occurrence.issued, occurrence.due, options, learned.get(occurrence.invoice.client)?.medianDays);
  return { expected, date: addDays(expected.date, options.extraDelayDays ?? 0) };
}

/** A day's cash the books say moved after the known balance and before as-of: one-off invoices marked paid then. */
export interface PaidEvent {
  readonly kind: 'paid';
  readonly date: Day;
  readonly amount: Minor;
  readonly id: string;
  readonly client: string;
  readonly source: Source;
}

/**
 * What the books schedule from the day after the known balance to as-of − 1, in date order: the expenses and VAT
 * payments of those days, and the invoices marked paid on them — the same rules as the horizon, so nothing is in
 * both. Open invoices never are: the invoices file says they were not paid by as-of, and the horizon expects them.
 */
export function caughtUpEvents(invoices: Invoices, expenses: readonly Expense[], options: ForecastOptions): Array<ExpenseEvent | TaxEvent | PaidEvent> {
  const first = scheduleStart(options);
  const last = addDays(options.asOf, -1);
  if (first > last) return [];
  const events: Array<ExpenseEvent | TaxEvent | PaidEvent> = [];
  const book = bookOf(invoices);
  for (const invoice of book.rows) {
    if (invoice.paid === undefined || invoice.paid < first || invoice.paid > last) continue;
    events.push({ kind: 'paid', date: invoice.paid, amount: invoice.amount, id: invoice.id, client: invoice.client, source: invoice.source });
  }
  // A book's rows are then all unpaid: its paid ones, in file order, are the columns'.
  if (book.columns !== undefined) {
    const { of: columns, file } = book.columns;
    for (let row = 0; row < columns.count; row += 1) {
      const paid = columns.paid[row]!;
      if (paid === NO_DAY || paid < first || paid > last) continue;
      const client = columns.clients[columns.client[row]!]!;
      events.push({
        kind: 'paid',
        date: paid as Day,
        amount: minor(columns.amount[row]!),
        id: idAt(columns, row),
        client,
        source: { file, line: columns.line[row]! },
      });
    }
  }
  for (const expense of expenses) {
    for (const { day, index } of expand(ruleOf(expense), { from: first, to: last })) events.push(expenseEvent(expense, day, index));
  }
  for (const payment of vatPayments(book.rows, options, first, last)) events.push(payment);
  if (taxCalendarApplies(options)) for (const payment of calendarTaxEvents(everyInvoice(invoices), expenses, options, first, last)) events.push(payment);
  return events.sort((a, b) => a.date - b.date);
}

function expenseEvent(expense: Expense, date: Day, occurrence: number): ExpenseEvent {
  return {
    kind: 'expense',
    date,
    amount: negMinor(expense.amount),
    description: expense.description,
    category: expense.category,
    source: expense.source,
    occurrence,
    ...(expense.deferrable === undefined ? {} : { deferrable: expense.deferrable }),
  };
}

function ruleOf(row: Invoice | Expense) {
  return 'issued' in row ? { start: row.issued, repeat: row.repeat, until: row.until } : { start: row.date, repeat: row.repeat, until: row.until };
}

/** The occurrences of an invoice row issued in `from … to`: a one-off invoice is its own issue day, wherever it falls. */
function issuesOf(invoice: Invoice, from: Day, to: Day): Occurrence[] {
  return invoice.repeat === 'none' ? [{ day: invoice.issued, index: 0 }] : expand(ruleOf(invoice), { from, to });
}

function occurrenceId(invoice: Invoice, issued: Day): string {
  return invoice.repeat === 'none' ? invoice.id : `${invoice.id}@${formatDay(issued)}`;
}

/**
 * The VAT payments due in `first … last`: the VAT inside every taxable invoice issued in a half-year (paid ones too:
 * their cash is in the balance, the VAT still has to go) is paid on that half-year's deadline, one payment per
 * deadline. Deadlines before the range are taken as already paid. A retainer counts every occurrence issued in the
 * half-year, those before as-of included: the half-year that ends in the horizon may have begun months earlier.
 * A KRW book pays on the next business day when the deadline is not one (25 July 2026 → 27 July).
 */
function vatPayments(invoices: readonly Invoice[], options: ForecastOptions, first: Day, last: Day): TaxEvent[] {
  // With a tax profile the calendar books the VAT (its 일반과세자 case is this reserve plus 예정고지 and input VAT).
  if (calendarBooksVat(options)) return [];
  const roll = nextBusinessDayFor(options.currency);
  // The earliest supply whose deadline can fall in the range opens the half-year of the first deadline on or after
  // it; a deadline rolled into the range may be statutory a few days before it.
  const from = vatPeriodStart(addDays(first, -MAX_ROLL_DAYS));
  const byDeadline = new Map<Day, { amount: Minor; ids: string[]; total: TotalName }>();
  for (const invoice of invoices) {
    if (invoice.vat === 0) continue;
    for (const { day: issued } of issuesOf(invoice, from, last)) {
      const deadline = roll(vatDeadline(issued));
      if (deadline < first || deadline > last) continue;
      const entry = byDeadline.get(deadline) ?? { amount: minor(0), ids: [], total: vatTotal(deadline, options) };
      entry.amount = addMinor(entry.amount, invoice.vat, entry.total);
      entry.ids.push(occurrenceId(invoice, issued));
      byDeadline.set(deadline, entry);
    }
  }
  return [...byDeadline].map(([date, entry]) => ({
    kind: 'tax',
    date,
    amount: negMinor(entry.amount),
    ...named(taxWord('vat', vatPeriodOf(date).year, vatPeriodOf(date).half)),
    invoices: entry.ids,
  }));
}

function vatTotal(deadline: Day, options: ForecastOptions): TotalName {
  const period = vatPeriodName(deadline);
  const { year, half } = vatPeriodOf(deadline);
  const message: RangeWord = { id: 'vatBeyond', params: [year, half, options.currency] };
  const words = { message, hint: { id: 'checkVat', params: [year, half] } satisfies RangeWord };
  return { what: `the VAT for ${period}`, hint: `check the taxable invoices issued in ${period} for a mistyped amount`, currency: options.currency, words };
}

/** One invoice still to be paid: an open invoice, or one occurrence of a retainer issued in the horizon. */
export interface OpenOccurrence {
  readonly invoice: Invoice;
  /** The invoice id; a retainer's occurrence adds its issue date: `RET-01@2026-12-05`. */
  readonly id: string;
  readonly issued: Day;
  readonly due: Day | undefined;
  /** 0 for a one-off invoice; k for a retainer's k-th period. */
  readonly index: number;
}

/**
 * Every invoice still to be paid that the horizon can see, in file order. A retainer's occurrences count from the
 * day after the known balance (as-of by default): one issued since is not in that balance.
 */
export function openOccurrences(invoices: Invoices, options: Pick<ForecastOptions, 'asOf' | 'days' | 'balanceDay'>): OpenOccurrence[] {
  const end = horizonEnd(options);
  const from = scheduleStart(options);
  const open: OpenOccurrence[] = [];
  // A retainer's period that has a paid row of its own (`RET-01@2026-12-05`, listed by hand or found in a bank
  // statement) is paid: its retainer does not project it again.
  const paidPeriods = new Set<string>();
  const book = bookOf(invoices);
  for (const invoice of book.rows) if (invoice.paid !== undefined && invoice.id.includes('@')) paidPeriods.add(invoice.id);
  if (book.columns !== undefined) {
    const columns = book.columns.of;
    // Only when some id holds an @ at all: the ids are one string, and a row's is sliced from it when needed.
    if (columns.idText.includes('@')) {
      for (let row = 0; row < columns.count; row += 1) {
        if (columns.paid[row] === NO_DAY) continue;
        const id = idAt(columns, row);
        if (id.includes('@')) paidPeriods.add(id);
      }
    }
  }
  // A loop, not flatMap: most invoices of a long history are paid, and flatMap would make an array for each.
  for (const invoice of book.rows) {
    // Written off by the user: no cash will come (the report lists it apart).
    if (invoice.paid !== undefined || invoice.status === 'written-off') continue;
    if (invoice.repeat === 'none') {
      // Its own occurrence, without the list issuesOf would make for it: a large file has ~200,000 open invoices.
      if (paidPeriods.size > 0 && paidPeriods.has(invoice.id)) continue;
      const { issued, due } = invoice;
      open.push({ invoice, id: invoice.id, issued, due: due === undefined ? undefined : addDays(issued, due - issued), index: 0 });
      continue;
    }
    // An occurrence keeps the template's payment term: due − issued days after its own issue date.
    for (const { day: issued, index } of issuesOf(invoice, from, end)) {
      const id = occurrenceId(invoice, issued);
      if (paidPeriods.size > 0 && paidPeriods.has(id)) continue;
      open.push({
        invoice,
        id,
        issued,
        due: invoice.due === undefined ? undefined : addDays(issued, invoice.due - invoice.issued),
        index,
      });
    }
  }
  return open;
}
