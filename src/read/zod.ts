import { z } from 'zod';
import type { SchemaSaid } from '../i18n/messages/input-json.js';
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

// zod's English locale starts every message with a capital (`Invalid input: expected number, received string`);
// ours are lower-case predicates (`must be a whole number`). zod drops the input from a finished issue, so its
// locale cannot simply be asked again for the message.
const ZODS_OWN = /^(Invalid |Too (small|big)|Unrecognized key)/;

/**
 * What a schema said, as data the catalogue words in each language (src/i18n/messages/input-json.ts), with whether
 * the words are zod's own (then its code and bounds are worded) or a schema's.
 */
export function schemaSaid(issue: z.core.$ZodIssue): SchemaSaid {
  const detail = issue as { expected?: unknown; values?: unknown; minimum?: unknown; maximum?: unknown };
  const bound = detail.minimum ?? detail.maximum;
  return {
    english: issue.message,
    code: issue.code,
    expected: typeof detail.expected === 'string' ? detail.expected : undefined,
    values: Array.isArray(detail.values) ? detail.values.map((value) => JSON.stringify(value)) : undefined,
    bound: typeof bound === 'number' || typeof bound === 'bigint' ? String(bound) : undefined,
    zodsOwn: ZODS_OWN.test(issue.message),
  };
}

/** The hint fail() put on an issue, or undefined for an issue zod raised itself. */
export function hintOf(issue: z.core.$ZodIssue): string | undefined {
  const hint = (issue as { params?: { hint?: unknown } }).params?.hint;
  return typeof hint === 'string' ? hint : undefined;
}
