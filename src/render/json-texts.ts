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
  /** From `,\n      "overdue": ` to `"issued": `, for an event on time and an overdue one. */
  readonly onTime: string;
  readonly overdue: string;
  /** `expectedBy` as it is written inside an event. */
  readonly expectedBy: string;
}

/** A map that stops growing at MEMO_LIMIT: a file whose clients or dates never repeat gains nothing from one. */
class Memo<Key, Value> {
  readonly #map = new Map<Key, Value>();
  readonly #make: (key: Key) => Value;

  constructor(make: (key: Key) => Value) {
    this.#make = make;
  }

  get(key: Key): Value {
    let value = this.#map.get(key);
    if (value === undefined) {
      value = this.#make(key);
      if (this.#map.size < MEMO_LIMIT) this.#map.set(key, value);
    }
    return value;
  }
}

const I = '\n      ';
const quotedDay = (day: Day) => `"${formatDay(day)}"`;

/**
 * The JSON texts that repeat across the entries of one document, each made once: a large file's ~200,000 events
 * have a few hundred dates, clients, assumptions and one source file between them. One per document (it holds
 * user text), never shared between runs. An invoice event's text is fixed runs between its own values (id, amounts,
 * line); each run ends with the next key, and a run that depends on one repeating value is made once per value.
 */
export class JsonTexts {
  readonly #days = new Memo<Day, string>(quotedDay);
  readonly #strings = new Memo<string, string>((value) => JSON.stringify(value));
  // JSON.stringify(`${file}:`) without its closing quote: a line number is digits, which JSON never escapes, and
  // they follow a `:`, so no surrogate pair can form across the join.
  readonly #files = new Memo<string, string>((file) => JSON.stringify(`${file}:`).slice(0, -1));
  readonly #eventHeads = new Memo<Day, string>((day) => `{${I}"date": ${this.day(day)},${I}"kind": "invoice",${I}"id": `);
  readonly #clientFields = new Memo<string, string>((client) => `,${I}"client": ${this.string(client)},${I}"amount": `);
  readonly #dueFields = new Memo<Day | undefined, string>((due) => `,${I}"due": ${due === undefined ? 'null' : this.day(due)},${I}"balance": `);
  readonly #sourceFields = new Memo<string, string>((file) => `,${I}"source": ${this.#files.get(file)}`);
  readonly #assumptions = new Memo<string, AssumptionTexts>((key) => {
    const [basis, days, paidCount] = key.split(' ') as [Assumption['basis'], string, string];
    const assumption = { basis, days: Number(days), paidCount: Number(paidCount) };
    const text = JSON.stringify(assumptionText(assumption));
    const middle = (overdue: boolean) => `,${I}"overdue": ${overdue},${I}"assumption": ${text},${I}"issued": `;
    return {
      onTime: middle(false),
      overdue: middle(true),
      expectedBy: `{\n        "basis": ${JSON.stringify(basis)},\n        "days": ${days},\n        "paidCount": ${paidCount}\n      }`,
    };
  });

  /** A day as JSON: `"2026-12-01"`. */
  day(day: Day): string {
    return this.#days.get(day);
  }

  /** A day as JSON, `null` for none. */
  dayOrNull(day: Day | undefined): string {
    return day === undefined ? 'null' : this.#days.get(day);
  }

  /** JSON.stringify(value), for a string that repeats (a client's name). */
  string(value: string): string {
    return this.#strings.get(value);
  }

  /** JSON.stringify(sourceText(source)). */
  source(source: Source): string {
    return `${this.#files.get(source.file)}${source.line}"`;
  }

  /** An invoice event's text up to its id: `{`, its date and kind. */
  eventHead(day: Day): string {
    return this.#eventHeads.get(day);
  }

  /** From the `,` after an event's id to the key of its amount. */
  clientField(client: string): string {
    return this.#clientFields.get(client);
  }

  /** From the `,` after an event's issued day to the key of its balance. */
  dueField(due: Day | undefined): string {
    return this.#dueFields.get(due);
  }

  /** From the `,` after an event's balance to its source's line number. */
  sourceField(file: string): string {
    return this.#sourceFields.get(file);
  }

  /** An invoice event's `overdue` to `issued` keys, and its `expectedBy`: they depend only on the rule. */
  assumption(assumption: Assumption): AssumptionTexts {
    // Basis, days and paid count print as they are (a word and two numbers), so the key can be read back.
    return this.#assumptions.get(`${assumption.basis} ${assumption.days} ${assumption.paidCount}`);
  }
}

/**
 * An invoice's event as JSON.stringify(document, null, 2) writes it inside the document (four spaces in, as an
 * element of `events`), written directly: the events of a large file are nearly all invoices, and this skips the
 * object and JSON.stringify's indenting (test/unit/invoice-event-json.test.ts holds the two texts to each other).
 * Its keys in order: date, kind, id, client, amount, overdue, assumption, issued, due, balance, source, gross,
 * withheld, vat, original, expectedBy. Strings go through JSON.stringify (once each, in `texts`, where they repeat);
 * numbers and booleans print as it prints them.
 */
export function invoiceEventText(event: LedgerEvent & { readonly kind: 'invoice' }, currency: Currency, texts = new JsonTexts()): string {
  const money = (minor: Minor) => toMajorNumber(minor, currency);
  const { original } = event;
  const assumption = texts.assumption(event.assumption);
  const originalText =
    original === undefined
      ? 'null'
      : `{\n        "amount": ${toMajorNumber(original.amount, currencyOf(original.currency)!)},\n        "currency": ${texts.string(original.currency)}\n      }`;
  return `${texts.eventHead(event.date)}${JSON.stringify(event.id)}${texts.clientField(event.client)}${money(event.amount)}${
    event.overdue ? assumption.overdue : assumption.onTime
  }${texts.day(event.issued)}${texts.dueField(event.due)}${money(event.balance)}${texts.sourceField(event.source.file)}${event.source.line}",
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
