import type { Currency } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { formatDay } from '../domain/day.js';
import { negMinor } from '../domain/money.js';
import type { CashEvent, ExpenseEvent } from '../domain/types.js';
import type { BridgeOption, Catalogue, Charge } from '../read/catalogue-schema.js';
import type { LinkableExpense } from './need.js';
import type { Candidate } from './optimiser.js';

// Issue 15, item 4: a payment inside a window that can be paid late at a known price is a bridge of its own, priced
// against the real payment — its day, its amount, one deferral of it — not against the window's gap in the abstract.

const TAX_CATEGORIES = new Set(['tax', '세금']);
const INSURANCE_CATEGORIES = new Set(['insurance', '보험', '4대보험']);
/** The taxes billed on a notice, whose late payment also owes the one-off 3 % (국세기본법 §47의4①3). */
const BILLED_ON_NOTICE = /중간예납|예정고지|납부고지/;
const SOCIAL_INSURANCE = /건강보험|국민연금/;

const rowOf = (event: ExpenseEvent) => `${event.source.file}:${event.source.line}`;
const categoryOf = (expense: { category: string | undefined }) => expense.category?.trim().toLowerCase() ?? '';

/**
 * The payments of a forecast deferrals can draw on: its expense rows, and the tax payments it schedules itself (the
 * VAT reserve and the tax calendar's estimates, issue 16) — a 중간예납 in the window is as much a lever as a tax row.
 * The calendar's 건강보험/국민연금 are social insurance; its other kinds national tax, 중간예납 and 예정고지/예정부과
 * billed on a notice. Refunds are no payment.
 */
export function linkableExpenses(events: readonly CashEvent[]): LinkableExpense[] {
  return events.flatMap((event): LinkableExpense[] => {
    if (event.kind === 'expense') {
      return [
        {
          id: `${rowOf(event)}#${event.occurrence}`,
          description: event.description,
          category: event.category,
          amount: negMinor(event.amount),
          due: event.date,
          billedOnNotice: TAX_CATEGORIES.has(categoryOf(event)) && BILLED_ON_NOTICE.test(event.description),
        },
      ];
    }
    if (event.kind !== 'tax' || event.amount >= 0) return [];
    const insurance = event.taxKind === 'health-insurance' || event.taxKind === 'pension';
    return [
      {
        id: `tax:${event.taxKind ?? 'vat-reserve'}:${formatDay(event.date)}`,
        description: event.description,
        category: insurance ? 'insurance' : 'tax',
        amount: negMinor(event.amount),
        due: event.date,
        billedOnNotice: event.taxKind === 'interim-prepayment' || event.taxKind === 'vat-preliminary',
        ...(event.name === undefined ? {} : { name: event.name }),
      },
    ];
  });
}

/** Whether an option's `linkedExpense` names this payment (see the catalogue schema). */
function draws(link: string, expense: LinkableExpense): boolean {
  if (link === 'national_tax') return TAX_CATEGORIES.has(categoryOf(expense));
  if (link === 'social_insurance') return INSURANCE_CATEGORIES.has(categoryOf(expense)) && SOCIAL_INSURANCE.test(expense.description);
  return expense.id.startsWith(`${link}#`);
}

/** An expense-linked option once per payment it may defer that falls due inside the window. */
export function expenseCandidates(option: BridgeOption, events: readonly CashEvent[], start: Day, end: Day, currency: Currency): Candidate[] {
  const link = option.linkedExpense;
  if (link === undefined) return [];
  return linkableExpenses(events)
    .filter((expense) => expense.due >= start && expense.due <= end && draws(link, expense))
    .map((expense) => ({ option, context: { currency, expense } }));
}

/** The one-off 3 % of §47의4①3, owed on the unpaid part of a tax billed on a notice. */
const NOTICE_CHARGE: Charge = { type: 'late_fee', once: 0.03, dayCount: 'inclusive_end' };
const withNotice = new WeakMap<BridgeOption, BridgeOption>();

/** The option as one payment is priced on it: a national-tax deferral of a tax billed on a notice owes the 3 % too. */
export function pricedFor(option: BridgeOption, expense: LinkableExpense | undefined): BridgeOption {
  if (expense === undefined || !expense.billedOnNotice || option.linkedExpense !== 'national_tax') return option;
  let priced = withNotice.get(option);
  if (priced === undefined) {
    priced = { ...option, charges: [...option.charges, NOTICE_CHARGE] };
    withNotice.set(option, priced);
  }
  return priced;
}

/**
 * The catalogue with one option per expenses row whose `deferrable` cell says how it may be paid late. They are the
 * user's own terms, so "yours" and recommendable — but a `negotiated` row, whose price nobody knows yet, is shown only.
 */
export function withExpenseLevers(catalogue: Catalogue, events: readonly CashEvent[]): Catalogue {
  const rows = new Map<string, ExpenseEvent>();
  for (const event of events) if (event.kind === 'expense' && event.deferrable !== undefined && !rows.has(rowOf(event))) rows.set(rowOf(event), event);
  if (rows.size === 0) return catalogue;
  const taken = new Set(catalogue.options.map((option) => option.id));
  const options = [...rows.entries()].map(([row, event], index) => rowOption(row, event, uniqueId(taken, index + 1)));
  return { ...catalogue, options: [...catalogue.options, ...options] };
}

const NEGOTIATED_NOTE = 'negotiated: ask the payee first; cashflow does not know the price';

/** Whether an option is an expenses row marked `negotiated`: shown, never planned, and with no price to show. */
export function isNegotiatedRow(option: BridgeOption): boolean {
  return option.legal.note === NEGOTIATED_NOTE;
}

function uniqueId(taken: Set<string>, from: number): string {
  let n = from;
  while (taken.has(`expense-deferral-${n}`)) n += 1;
  taken.add(`expense-deferral-${n}`);
  return `expense-deferral-${n}`;
}

function rowOption(row: string, event: ExpenseEvent, id: string): BridgeOption {
  const deferrable = event.deferrable!;
  const negotiated = deferrable.kind === 'negotiated';
  const charges: Charge[] =
    deferrable.kind === 'flat'
      ? [{ type: 'flat_fee', amount: deferrable.fee, timing: 'add_at_repay' }]
      : deferrable.kind === 'share'
        ? [{ type: 'late_fee', once: deferrable.rate, dayCount: 'inclusive_end' }]
        : [];
  return {
    id,
    name: { en: `Pay ${event.description} late` },
    category: 'expense_deferral',
    enabled: true,
    recommendable: !negotiated,
    legal: { status: 'legal', refs: [], ...(negotiated ? { note: NEGOTIATED_NOTE } : {}) },
    risk: { level: 1, flags: ['late_payment'] },
    availability: { leadTimeDays: 0, requiresApproval: false },
    amount: { basis: 'cash', min: 1, max: negMinor(event.amount), step: 1 },
    term: negotiated ? { kind: 'deferral' } : { kind: 'deferral', maxDays: deferrable.maxDays },
    charges,
    linkedExpense: row,
    sources: [row],
    typical: false,
    notes: `From the deferrable cell of ${row}.`,
  };
}
