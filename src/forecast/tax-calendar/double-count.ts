import type { Day } from '../../domain/day.js';
import { parseIsoDay, partsOf } from '../../domain/day.js';
import type { TaxCalendarEvent, TaxKind } from '../../domain/tax-calendar.js';

/** An expenses row occurrence, as the schedule expands it: enough to tell which tax event it already stands for. */
export interface CoveringRow {
  readonly date: Day;
  readonly category: string | undefined;
  readonly description: string;
}

export interface CoveredEvent<R extends CoveringRow> {
  readonly event: TaxCalendarEvent;
  readonly byRow: R;
}

export interface CoverageResult<R extends CoveringRow> {
  readonly kept: TaxCalendarEvent[];
  readonly covered: CoveredEvent<R>[];
}

const TAX = ['tax', 'taxes', '세금'];
const INSURANCE = ['insurance', '보험'];

const INCOME_TAX = /종합소득세|소득세|income[\s-]*tax/i;
const INTERIM = /중간예납|interim/i;
const VAT = /부가세|부가가치세|\bvat\b/i;

/** Which rows stand for an event of each kind (issue 16, item 4): the row's category, and a name in its description. */
const RULES: Record<TaxKind, { readonly categories: readonly string[]; readonly names: (description: string) => boolean }> = {
  // 중간예납 is income tax too; a row that names it stands for the November instalment only.
  'income-tax': { categories: TAX, names: (text) => INCOME_TAX.test(text) && !INTERIM.test(text) },
  'income-tax-refund': { categories: TAX, names: (text) => INCOME_TAX.test(text) && !INTERIM.test(text) },
  'interim-prepayment': { categories: TAX, names: (text) => INTERIM.test(text) },
  'vat-preliminary': { categories: TAX, names: (text) => VAT.test(text) },
  'vat-final': { categories: TAX, names: (text) => VAT.test(text) },
  'health-insurance': { categories: INSURANCE, names: (text) => /건강보험|health\s*insurance/i.test(text) },
  pension: { categories: INSURANCE, names: (text) => /국민연금|pension/i.test(text) },
};

/**
 * The estimated events an expenses row already stands for are dropped and reported, so nothing is paid twice:
 * a row of category `tax`/세금 naming the tax (종합소득세/소득세/income tax, 중간예납, 부가세/VAT), or of category
 * `insurance`/보험 naming 건강보험 or 국민연금, in the event's month — the month of its date, of its due date or of
 * `working.statutoryDue` (the day the law names), so a deadline rolled into the next month (31 May → 1 June)
 * still meets the row the user dated on the 31st, and a refund on 30 June the row of the May return.
 */
export function dropCovered<R extends CoveringRow>(events: readonly TaxCalendarEvent[], rows: readonly R[]): CoverageResult<R> {
  const kept: TaxCalendarEvent[] = [];
  const covered: CoveredEvent<R>[] = [];
  for (const event of events) {
    const row = rows.find((candidate) => standsFor(candidate, event));
    if (row === undefined) kept.push(event);
    else covered.push({ event, byRow: row });
  }
  return { kept, covered };
}

function standsFor(row: CoveringRow, event: TaxCalendarEvent): boolean {
  const rule = RULES[event.taxKind];
  const category = (row.category ?? '').normalize('NFKC').trim().toLowerCase();
  if (!rule.categories.includes(category) || !rule.names(row.description.normalize('NFKC'))) return false;
  const month = monthKey(row.date);
  return eventMonths(event).includes(month);
}

/** The months an event belongs to: of its date, its due date, and the statutory due day before rolling. */
function eventMonths(event: TaxCalendarEvent): number[] {
  const statutory = typeof event.working.statutoryDue === 'string' ? parseIsoDay(event.working.statutoryDue) : undefined;
  return [event.date, event.dueDate, ...(statutory === undefined ? [] : [statutory])].map(monthKey);
}

function monthKey(day: Day): number {
  const { year, month } = partsOf(day);
  return year * 12 + month;
}
