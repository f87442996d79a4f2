import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineById } from '../../src/read/line-by-id.js';

describe('lineById', () => {
  it('answers as a Map does, through growth and for any ids', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ maxLength: 4 }), fc.nat(), fc.boolean())), (operations) => {
        const index = lineById();
        const reference = new Map<string, number>();
        for (const [id, line, write] of operations) {
          expect(index.get(id)).toBe(reference.get(id));
          if (write) {
            index.set(id, line);
            reference.set(id, line);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('holds many thousands of ids', () => {
    const index = lineById();
    for (let line = 1; line <= 50_000; line += 1) index.set(`INV-${line}`, line);
    expect(index.get('INV-1')).toBe(1);
    expect(index.get('INV-49999')).toBe(49_999);
    expect(index.get('INV-50001')).toBeUndefined();
    index.set('INV-7', 99);
    expect(index.get('INV-7')).toBe(99);
  });
});
