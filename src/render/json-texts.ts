import type { Currency } from '../domain/currency.js';
import { currencyOf } from '../domain/currency.js';
import type { Day } from '../domain/day.js';
import { formatDay } from '../domain/day.js';
import type { Minor } from '../domain/money.js';
import { toMajorNumber } from '../domain/money.js';
import type { Assumption, Invoice, Source } from '../domain/types.js';
import type { DoubtfulInvoice } from '../forecast/doubtful.js';
import type { LedgerEvent } from '../forecast/forecast-report.js';
import { assumptionText } from './assumption-text.js';

// A memo stops growing at this many texts: a file whose clients or dates never repeat gains nothing from one, and
// must not hold a second copy of every name.
const MEMO_LIMIT = 1 << 16;

interface AssumptionTexts {
  /** JSON.stringify(assumptionText(assumption)). */
  readonly text: string;
  /** The `expectedBy` object as it is written inside an event. */
  readonly expectedBy: string;
}

function remember<Key, Value>(memo: Map<Key, Value>, key: Key, value: Value): Value {
  if (memo.size < MEMO_LIMIT) memo.set(key, value);
  return value;
}

/**
 * The JSON texts that repeat across the entries of one document, each made once: a large file's ~200,000 events
 * have a few hundred dates, clients, assumptions and one source file between them. One per document (it holds
 * user text), never shared between runs.
 */
export class JsonTexts {
  readonly #days = new Map<Day, string>();
  readonly #strings = new Map<string, string>();
  readonly #files = new Map<string, string>();
  readonly #assumptions = new Map<string, AssumptionTexts>();

  /** A day as JSON: `"2026-12-01"`. */
  day(day: Day): string {
    return this.#days.get(day) ?? remember(this.#days, day, `"${formatDay(day)}"`);
  }

  /** A day as JSON, `null` for none. */
  dayOrNull(day: Day | undefined): string {
    return day === undefined ? 'null' : this.day(day);
  }

  /** JSON.stringify(value), for a string that repeats (a client's name). */
  string(value: string): string {
    return this.#strings.get(value) ?? remember(this.#strings, value, JSON.stringify(value));
  }

  /**
   * JSON.stringify(sourceText(source)): the file's name escaped once, then `:line`. A line number is digits, which
   * JSON never escapes, and they follow a `:`, so no surrogate pair can form across the join.
   */
  source(source: Source): string {
    let open = this.#files.get(source.file);
    if (open === undefined) {
      const quoted = JSON.stringify(`${source.file}:`);
      open = remember(this.#files, source.file, quoted.slice(0, -1));
    }
    return `${open}${source.line}"`;
  }

  /** An invoice event's `assumption` and `expectedBy`, which depend only on the rule's basis, days and history. */
  assumption(assumption: Assumption): AssumptionTexts {
    const { basis, days, paidCount } = assumption;
    const key = `${basis} ${days} ${paidCount}`;
    return (
      this.#assumptions.get(key) ??
      remember(this.#assumptions, key, {
        text: JSON.stringify(assumptionText(assumption)),
        expectedBy: `{\n        "basis": ${JSON.stringify(basis)},\n        "days": ${days},\n        "paidCount": ${paidCount}\n      }`,
      })
    );
  }
}

/**
 * An invoice's event as JSON.stringify(document, null, 2) writes it inside the document (four spaces in, as an
 * element of `events`), written directly: the events of a large file are nearly all invoices, and this skips the
 * object and JSON.stringify's indenting (test/unit/invoice-event-json.test.ts holds the two texts to each other).
 * Strings go through JSON.stringify (once each, in `texts`, where they repeat); numbers and booleans print as it
 * prints them.
 */
export function invoiceEventText(event: LedgerEvent & { readonly kind: 'invoice' }, currency: Currency, texts = new JsonTexts()): string {
  const money = (minor: Minor) => toMajorNumber(minor, currency);
  const { original } = event;
  const assumption = texts.assumption(event.assumption);
  const originalText =
    original === undefined
      ? 'null'
      : `{\n        "amount": ${toMajorNumber(original.amount, currencyOf(original.currency)!)},\n        "currency": ${texts.string(original.currency)}\n      }`;
  return `{
      "date": ${texts.day(event.date)},
      "kind": "invoice",
      "id": ${JSON.stringify(event.id)},
      "client": ${texts.string(event.client)},
      "amount": ${money(event.amount)},
      "overdue": ${event.overdue},
      "assumption": ${assumption.text},
      "issued": ${texts.day(event.issued)},
      "due": ${texts.dayOrNull(event.due)},
      "balance": ${money(event.balance)},
      "source": ${texts.source(event.source)},
      "gross": ${money(event.gross)},
      "withheld": ${money(event.withheld)},
      "vat": ${money(event.vat)},
      "original": ${originalText},
      "expectedBy": ${assumption.expectedBy}
    }`;
}

/** An element of the document's `doubtful` list as JSON.stringify writes it there (see invoiceEventText). */
export function doubtfulText(entry: DoubtfulInvoice, currency: Currency, texts = new JsonTexts()): string {
  return `{
      "invoice": ${JSON.stringify(entry.id)},
      "client": ${texts.string(entry.client)},
      "amount": ${toMajorNumber(entry.amount, currency)},
      "due": ${texts.dayOrNull(entry.due)},
      "daysLate": ${entry.daysLate},
      "reason": ${texts.string(entry.reason)},
      "source": ${texts.source(entry.source)}
    }`;
}

/** An element of the document's `writtenOff` list as JSON.stringify writes it there (see invoiceEventText). */
export function writtenOffText(entry: Invoice, currency: Currency, texts = new JsonTexts()): string {
  return `{
      "invoice": ${JSON.stringify(entry.id)},
      "client": ${texts.string(entry.client)},
      "amount": ${toMajorNumber(entry.amount, currency)},
      "source": ${texts.source(entry.source)}
    }`;
}
