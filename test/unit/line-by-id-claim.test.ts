import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineById } from '../../src/read/line-by-id.js';

describe('lineById.claim', () => {
  it('answers as get-then-set-if-absent on a Map does, through growth and for any ids', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.nat(), fc.boolean()), { maxLength: 3_000 }), (operations) => {
        const index = lineById();
        const reference = new Map<string, number>();
        for (const [id, line, claim] of operations) {
          if (claim) {
            expect(index.claim(id, line)).toBe(reference.get(id));
            if (!reference.has(id)) reference.set(id, line);
          } else expect(index.get(id)).toBe(reference.get(id));
        }
      }),
      { numRuns: 200 },
    );
  });
});
