import { headingKey } from '../columns.js';
import type { BankProfile } from './bank-profiles.js';
import { BANK_PROFILES, GENERIC_HEADINGS } from './bank-profiles.js';
import type { FieldHeadings, StatementColumns, StatementField } from './statement-fields.js';
import { STATEMENT_FIELDS } from './statement-fields.js';

/** How a header was recognised: the profile's name (or `generic`, `mapped`), its columns and its defaults. */
export interface Recognised {
  readonly profile: string;
  readonly columns: StatementColumns;
  readonly currency: string | undefined;
  readonly dayOrder: BankProfile['dayOrder'];
}

// A layout fits a header when the header holds this share of the layout's headings (and at least MIN_MATCHED):
// banks add and drop a column or two between channels and years, and a header of a few common words (Date,
// Description, Amount) must not pass for one bank's.
const FIT_SHARE = 0.6;
const MIN_MATCHED = 3;

/**
 * How well a header matches a layout: the layout's headings it holds less those it lacks, or undefined when it
 * does not fit. Of two fitting layouts the one with fewer headings missing wins (하나's 6-column 맡기신금액 layout
 * against KB's 7-column one).
 */
export function layoutScore(header: readonly string[], layout: readonly string[]): number | undefined {
  const present = new Set(header.map(headingKey).filter((key) => key !== ''));
  const wanted = [...new Set(layout.map(headingKey).filter((key) => key !== ''))];
  const matched = wanted.filter((key) => present.has(key)).length;
  if (matched < MIN_MATCHED || matched < wanted.length * FIT_SHARE) return undefined;
  return matched - (wanted.length - matched);
}

/** Every heading any profile or the generic reading knows, for finding the header under a sheet's title rows. */
const KNOWN_KEYS: ReadonlySet<string> = new Set(
  [...BANK_PROFILES.flatMap((profile) => [...profile.layouts.flat(), ...Object.values(profile.columns).flat()]), ...Object.values(GENERIC_HEADINGS).flat()]
    .map(headingKey)
    .filter((key) => key !== ''),
);

/** A row's likeness to a statement header: how many of its cells are headings some layout (or `chosen`) uses. */
export function headerScore(chosen: readonly string[]): (cells: readonly string[]) => number {
  const extra = new Set(chosen.map(headingKey));
  return (cells) => cells.filter((cell) => KNOWN_KEYS.has(headingKey(cell)) || extra.has(headingKey(cell))).length;
}

/** Field → the header's columns that carry one of its headings, in the headings' order. A column serves one field. */
export function columnsFor(header: readonly string[], headings: FieldHeadings): Map<StatementField, number[]> {
  const keys = header.map(headingKey);
  const taken = new Set<number>();
  const columns = new Map<StatementField, number[]>();
  for (const field of STATEMENT_FIELDS) {
    const found: number[] = [];
    for (const heading of headings[field] ?? []) {
      const key = headingKey(heading);
      keys.forEach((candidate, index) => {
        if (key !== '' && candidate === key && !taken.has(index)) {
          taken.add(index);
          found.push(index);
        }
      });
    }
    if (found.length > 0) columns.set(field, found);
  }
  return columns;
}

/** Whether the columns say when (a date) and how much (in/out or an amount): all a statement needs. */
export function readable(columns: StatementColumns): boolean {
  return columns.has('date') && (columns.has('amount') || columns.has('in') || columns.has('out'));
}

/**
 * The profile whose layouts fit the header best (the earliest of equals), else `generic` when the usual headings
 * give a date and an amount; `mapped` when `choices` (field → heading, from --map bank.*) name columns of the
 * header, which then win over the generic headings. Undefined when none reads the header.
 */
export function recognise(header: readonly string[], choices: Readonly<Record<string, string>>): Recognised | undefined {
  const chosen = Object.entries(choices).filter(([field]) => (STATEMENT_FIELDS as readonly string[]).includes(field));
  if (chosen.length > 0) {
    const headings: Record<string, readonly string[]> = {};
    for (const [field, heading] of chosen) headings[field] = [heading];
    // The chosen columns first, so that the generic headings cannot take them.
    const mine = columnsFor(header, headings);
    const rest = columnsFor(
      header.map((cell, index) => ([...mine.values()].some((indexes) => indexes.includes(index)) ? '' : cell)),
      GENERIC_HEADINGS,
    );
    const columns = new Map(rest);
    for (const [field] of chosen) columns.delete(field as StatementField);
    for (const [field, indexes] of mine) columns.set(field, indexes);
    return { profile: 'mapped', columns, currency: undefined, dayOrder: undefined };
  }
  let best: { profile: BankProfile; score: number } | undefined;
  for (const profile of BANK_PROFILES) {
    for (const layout of profile.layouts) {
      const score = layoutScore(header, layout);
      if (score !== undefined && (best === undefined || score > best.score)) best = { profile, score };
    }
  }
  if (best !== undefined) {
    const columns = columnsFor(header, best.profile.columns);
    if (readable(columns)) return { profile: best.profile.name, columns, currency: best.profile.currency, dayOrder: best.profile.dayOrder };
  }
  const columns = columnsFor(header, GENERIC_HEADINGS);
  return readable(columns) ? { profile: 'generic', columns, currency: undefined, dayOrder: undefined } : undefined;
}
