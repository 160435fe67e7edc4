import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { editDistance } from '../../src/index/editDistance.js';

describe('editDistance', () => {
  it('counts insertions, deletions and substitutions', () => {
    expect(editDistance('stream', 'stram', 3)).toBe(1);
    expect(editDistance('pipeline', 'pipline', 3)).toBe(1);
    expect(editDistance('kitten', 'sitting', 5)).toBe(3);
    expect(editDistance('', 'abc', 5)).toBe(3);
    expect(editDistance('same', 'same', 0)).toBe(0);
  });

  it('counts two neighbouring letters swapped as one edit, the commonest typing slip', () => {
    // why: Levenshtein counts "puitn" for "putin" as two edits, beyond a five-letter word's one; the typo's
    // passage then did not count as naming the question's subject, and the question was declined.
    expect(editDistance('puitn', 'putin', 1)).toBe(1);
    expect(editDistance('abuot', 'about', 3)).toBe(1);
    expect(editDistance('ca', 'abc', 3)).toBe(3);
    expect(editDistance('nutip', 'putin', 3)).toBe(2);
  });

  it('returns max + 1 as soon as the distance exceeds max', () => {
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
    expect(editDistance('abcdef', 'uvwxyz', 1)).toBe(2);
  });

  it('is symmetric, zero only for equal strings, and never above max + 1', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), fc.nat(14), (a, b, max) => {
        const d = editDistance(a, b, max);
        expect(d).toBe(editDistance(b, a, max));
        expect(d).toBeLessThanOrEqual(max + 1);
        expect(d === 0).toBe(a === b);
        // With a generous bound the exact distance is within the length bounds.
        const exact = editDistance(a, b, 30);
        expect(exact).toBeGreaterThanOrEqual(Math.abs(a.length - b.length));
        expect(exact).toBeLessThanOrEqual(Math.max(a.length, b.length));
        expect(d).toBe(Math.min(exact, max + 1));
      }),
    );
  });

  it('matches the textbook table (optimal string alignment), call after call with rows of any length', () => {
    // why: the rows are reused between calls; a longer word after a shorter one must not read stale cells.
    const textbook = (a: string, b: string): number => {
      const rows = [...Array(a.length + 1)].map((_, i) =>
        [...Array(b.length + 1)].map((__, j) => (i === 0 ? j : j === 0 ? i : 0)),
      );
      for (let i = 1; i <= a.length; i++)
        for (let j = 1; j <= b.length; j++) {
          const cost = a[i - 1] === b[j - 1] ? 0 : 1;
          rows[i]![j] = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
          if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
            rows[i]![j] = Math.min(rows[i]![j]!, rows[i - 2]![j - 2]! + 1);
        }
      return rows[a.length]![b.length]!;
    };
    // Few letters, so that swaps are common.
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd'), maxLength: 90 });
    fc.assert(
      fc.property(word, word, fc.nat(8), (a, b, max) => {
        expect(editDistance(a, b, max)).toBe(Math.min(textbook(a, b), max + 1));
      }),
      { numRuns: 500 },
    );
  });
});
