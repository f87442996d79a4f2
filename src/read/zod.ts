import { z } from 'zod';
import type { MessageRef } from '../i18n/catalogue.js';
import { say } from '../i18n/catalogue.js';
import type { SchemaSaid, ZodSaid } from '../i18n/messages/input-json.js';
import type { InputSchemaMessages } from '../i18n/messages/input-schema.js';
import { INPUT_SCHEMA } from '../i18n/messages/input-schema.js';
import type { InputRef } from './issue-words.js';
import { english } from './issue-words.js';

// Every schema module takes `z` from here, so this runs before any schema is built. zod compiles a parser with
// `new Function` per object schema the first time it parses; a run validates a few dozen rows and a catalogue,
// where compiling costs more (~15 ms of start-up) than it saves. Large files take the plainly-valid fast path
// (plainInvoiceRow in src/read/invoices.ts) and come to zod only for rows that need its message.
z.config({ jitless: true });

export { z };

/**
 * Fails a zod transform with a problem (the issue's message) and a hint for the user (how to fix it); returns
 * z.NEVER. The hint rides in the issue's `params`, where hintOf finds it.
 * @example z.string().transform((text, ctx) => parseIsoDay(text) ?? fail(ctx, text, 'is not a date', 'write YYYY-MM-DD'))
 */
export function fail(ctx: z.RefinementCtx<string>, input: string, problem: string, hint: string): never {
  ctx.issues.push({ code: 'custom', message: problem, input, params: { hint } });
  return z.NEVER as never;
}

/** fail() with the problem and hint as message references, which ride in `params` to the issue (wordsOf). */
export function failWith(ctx: z.RefinementCtx<string>, input: string, message: InputRef, hintMessage: InputRef): never {
  ctx.issues.push({ code: 'custom', message: english(message), input, params: { hint: english(hintMessage), message, hintMessage } });
  return z.NEVER as never;
}

/** The message references failWith put on an issue, or undefined for one without. */
export function refsOf(issue: z.core.$ZodIssue): { message: InputRef; hintMessage: InputRef } | undefined {
  const params = (issue as { params?: { message?: InputRef; hintMessage?: InputRef } }).params;
  return params?.message === undefined || params.hintMessage === undefined ? undefined : { message: params.message, hintMessage: params.hintMessage };
}

type SchemaRef = MessageRef<InputSchemaMessages>;

// The English each schema handed zod (`says`), with its message: zod keeps only a message's text, so the reader finds
// the reference again by it (each English is one message: test/unit/schema-messages.test.ts).
const SAID = new Map<string, SchemaRef>();

/**
 * A schema's message for zod: the English of INPUT_SCHEMA's message `id`, remembered so that schemaSaid gives its
 * reference back, and --lang ko its Korean.
 * @example z.number().int({ message: says('wholeWon') })
 */
export function says<Id extends keyof InputSchemaMessages>(id: Id, ...params: Parameters<InputSchemaMessages[Id]>): string {
  const ref = { id, params } as unknown as SchemaRef;
  const english = say(INPUT_SCHEMA, 'en', ref);
  SAID.set(english, ref);
  return english;
}

const asJson = (value: unknown) => (typeof value === 'bigint' ? String(value) : JSON.stringify(value));

/** What every alternative of a union refused, when each refused the type alone (or each the value alone). */
function alternativesOf(issue: z.core.$ZodIssue): ZodSaid['alternatives'] {
  const errors = (issue as { errors?: readonly (readonly z.core.$ZodIssue[])[] }).errors;
  if (errors === undefined || errors.length === 0) return undefined;
  const single = errors.map((alternative) => (alternative.length === 1 ? alternative[0] : undefined));
  if (single.every((one) => one?.code === 'invalid_type')) return { types: [...new Set(single.map((one) => (one as { expected: string }).expected))] };
  if (single.every((one) => one?.code === 'invalid_value')) {
    return { values: single.flatMap((one) => (one as { values: readonly unknown[] }).values.map(asJson)) };
  }
  return undefined;
}

/**
 * What a schema said, as data the catalogue words in each language (src/i18n/messages/input-json.ts): one of our
 * messages (see `says`), or zod's own issue with its code and details. `missing`: the value is not there at all.
 */
export function schemaSaid(issue: z.core.$ZodIssue, missing = false): SchemaSaid {
  const ours = SAID.get(issue.message);
  if (ours !== undefined) return { ours };
  const detail = issue as {
    expected?: unknown;
    values?: unknown;
    origin?: unknown;
    minimum?: unknown;
    maximum?: unknown;
    inclusive?: unknown;
    exact?: unknown;
    pattern?: unknown;
    divisor?: unknown;
    keys?: unknown;
  };
  const bound = detail.minimum ?? detail.maximum;
  const text = (value: unknown) => (typeof value === 'string' ? value : undefined);
  return {
    english: issue.message,
    code: issue.code,
    expected: text(detail.expected),
    values: Array.isArray(detail.values) ? detail.values.map(asJson) : undefined,
    origin: text(detail.origin),
    bound: typeof bound === 'number' || typeof bound === 'bigint' ? String(bound) : undefined,
    inclusive: typeof detail.inclusive === 'boolean' ? detail.inclusive : undefined,
    exact: typeof detail.exact === 'boolean' ? detail.exact : undefined,
    pattern: text(detail.pattern),
    divisor: typeof detail.divisor === 'number' || typeof detail.divisor === 'bigint' ? String(detail.divisor) : undefined,
    keys: Array.isArray(detail.keys) ? detail.keys.map(asJson) : undefined,
    alternatives: issue.code === 'invalid_union' ? alternativesOf(issue) : undefined,
    missing,
  };
}

/** The hint fail() put on an issue, or undefined for an issue zod raised itself. */
export function hintOf(issue: z.core.$ZodIssue): string | undefined {
  const hint = (issue as { params?: { hint?: unknown } }).params?.hint;
  return typeof hint === 'string' ? hint : undefined;
}
