import { describe, expect, it } from 'vitest';
import { fail as cellFail } from '../../src/read/cell-schemas.js';
import { fail, hintOf, z } from '../../src/read/zod.js';

describe('a hint on a zod issue: one helper puts it there, one reads it back', () => {
  const digits = z.string().transform((text, ctx) => (/^\d+$/.test(text) ? Number(text) : fail(ctx, text, 'is not digits', 'write 0–9 only')));

  it('reads back the hint fail() put on the issue, beside its message', () => {
    const result = digits.safeParse('x1');
    expect(result.success).toBe(false);
    const issue = result.error!.issues[0]!;
    expect([issue.message, hintOf(issue)]).toEqual(['is not digits', 'write 0–9 only']);
  });

  it('gives undefined for an issue zod raised itself, so each caller picks its own fallback', () => {
    const issue = digits.safeParse(12).error!.issues[0]!;
    expect(issue.code).toBe('invalid_type');
    expect(hintOf(issue)).toBeUndefined();
  });

  it('the cell schemas fail with the same helper', () => {
    expect(cellFail).toBe(fail);
  });
});
