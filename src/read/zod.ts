import { z } from 'zod';
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

/** The hint fail() put on an issue, or undefined for an issue zod raised itself. */
export function hintOf(issue: z.core.$ZodIssue): string | undefined {
  const hint = (issue as { params?: { hint?: unknown } }).params?.hint;
  return typeof hint === 'string' ? hint : undefined;
}
