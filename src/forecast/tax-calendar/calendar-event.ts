import type { Day } from '../../domain/day.js';
import { addDays, formatDay } from '../../domain/day.js';
import type { SourcedFigure } from '../../domain/kr-tax-rates/sourced-figure.js';
import { unconfirmedIds } from '../../domain/kr-tax-rates/sourced-figure.js';
import { AmountRangeError, minor } from '../../domain/money.js';
import type { RangeWord } from '../../domain/range-words.js';
import { RANGE_WORDS } from '../../domain/range-words.js';
import { wordsOf } from '../../domain/refusal.js';
import type { NextBusinessDay, TaxCalendarEvent, TaxKind } from '../../domain/tax-calendar.js';
import type { TaxWord } from '../../domain/tax-words.js';

/** A tax event before its dates are rolled: what is due, by law, on which day, and from which figures. */
export interface EventDraft {
  readonly taxKind: TaxKind;
  /** The day the law names, before business-day rolling. */
  readonly statutoryDue: Day;
  /** Signed won: < 0 a payment, > 0 a refund. */
  readonly amount: bigint;
  readonly description: string;
  /** the description by id (src/i18n/messages/tax-events.ts) */
  readonly name?: TaxWord;
  readonly working: Readonly<Record<string, unknown>>;
  /** Every table figure the amount or date rests on. */
  readonly used: readonly SourcedFigure<unknown>[];
  /** A refund arrives this many days after the (rolled) due date, itself rolled to a business day. */
  readonly refundAfterDays?: number;
}

/** The calendar event of a draft: due date rolled to a business day, the unconfirmed figures listed by id. */
export function calendarEvent(draft: EventDraft, nextBusinessDay: NextBusinessDay): TaxCalendarEvent {
  const dueDate = nextBusinessDay(draft.statutoryDue);
  const date = draft.refundAfterDays === undefined ? dueDate : nextBusinessDay(addDays(dueDate, draft.refundAfterDays));
  return {
    taxKind: draft.taxKind,
    date,
    dueDate,
    amount: minor(safeWon(draft.amount, draft.description, draft.name)),
    description: draft.description,
    ...(draft.name === undefined ? {} : { name: draft.name }),
    working: { statutoryDue: formatDay(draft.statutoryDue), ...draft.working },
    unconfirmed: unconfirmedIds(draft.used),
  };
}

/** The events dated `from … to`, both included. */
export function eventsWithin(events: readonly TaxCalendarEvent[], from: Day, to: Day): TaxCalendarEvent[] {
  return events.filter((event) => event.date >= from && event.date <= to);
}

/** A bigint of won as a number, or the input's problem when a mistyped amount made it pass 2^53. */
export function safeWon(amount: bigint, what: string, name?: TaxWord): number {
  const value = Number(amount);
  if (!Number.isSafeInteger(value)) {
    const message: RangeWord = { id: 'taxBeyond', params: [what, name] };
    const hint: RangeWord = { id: 'checkBooks', params: [] };
    throw new AmountRangeError(wordsOf(RANGE_WORDS, message), wordsOf(RANGE_WORDS, hint), { message, hint });
  }
  return value;
}

/** Won summed exactly (every input is a safe integer; the sum may not be). */
export function sumWon<T>(rows: readonly T[], amountOf: (row: T) => number): bigint {
  let total = 0n;
  for (const row of rows) total += BigInt(amountOf(row));
  return total;
}
