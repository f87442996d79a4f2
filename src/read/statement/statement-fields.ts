/**
 * What a statement column can mean. The first nine are the fields `--map bank.FIELD=heading` names; `currency`
 * (Wise, Revolut, Monzo write one per row), `fee` (Revolut's, taken off the amount) and `state` (Revolut's
 * COMPLETED / PENDING / REVERTED / DECLINED) come from profiles.
 */
export const STATEMENT_FIELDS = ['date', 'time', 'in', 'out', 'amount', 'direction', 'balance', 'counterparty', 'memo', 'currency', 'fee', 'state'] as const;

export type StatementField = (typeof STATEMENT_FIELDS)[number];

/** Field → headings, in order of preference: a row takes the first of them that is not blank (memo joins them all). */
export type FieldHeadings = Readonly<Partial<Record<StatementField, readonly string[]>>>;

/** Field → the header's column indexes (0-based), in the order of preference the headings gave. */
export type StatementColumns = ReadonlyMap<StatementField, readonly number[]>;

/** The fields `--map bank.FIELD=heading` may name. */
export const MAPPABLE_BANK_FIELDS = STATEMENT_FIELDS.slice(0, 9);
