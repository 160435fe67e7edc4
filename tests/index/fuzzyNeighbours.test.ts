import fc from 'fast-check';
import SearchableMap from 'minisearch/SearchableMap';
import { describe, expect, it } from 'vitest';
import { fuzzyNeighbours } from '../../src/index/fuzzyNeighbours.js';

describe('fuzzyNeighbours', () => {
  it('finds a typo’s neighbours with their distances, in list order', () => {
    const terms = ['stream', 'strum', 'scream', 'pipeline', 'dream', 'streams'];
    expect(fuzzyNeighbours(terms, 'stram', 1)).toEqual([
      { termId: 0, distance: 1 },
      { termId: 1, distance: 1 },
    ]);
    expect(fuzzyNeighbours(terms, 'pipline', 1)).toEqual([{ termId: 3, distance: 1 }]);
  });

  it('counts two neighbouring letters swapped as one edit, the commonest typing slip', () => {
    // why: Levenshtein counts "puitn" for "putin" as two edits, out of reach of a five-letter word's one, and
    // "How long did Puitn and Macron talk?" lost its subject and was declined.
    const terms = ['putin', 'macron', 'format', 'pitun'];
    expect(fuzzyNeighbours(terms, 'puitn', 1)).toEqual([{ termId: 0, distance: 1 }]);
    expect(fuzzyNeighbours(terms, 'macorn', 1)).toEqual([{ termId: 1, distance: 1 }]);
    expect(fuzzyNeighbours(terms, 'foramt', 1)).toEqual([{ termId: 2, distance: 1 }]);
    expect(fuzzyNeighbours(terms, 'ptuin', 1)).toEqual([{ termId: 0, distance: 1 }]);
    // A swap of letters that are not neighbours is two edits.
    expect(fuzzyNeighbours(['putin'], 'nutip', 1)).toEqual([]);
  });

  // The retrieval used minisearch's radix tree for this; the scan replaced it to start faster. It finds what
  // the tree finds (Levenshtein), plus what a swap of neighbouring letters brings in reach, at the distance of
  // a plain table of optimal string alignment.
  it('finds what minisearch’s SearchableMap.fuzzyGet finds, and the terms one swap brings in reach', () => {
    // 'A' and 'a', '1' and 'q' share a bit of the letter masks the scan rules words out by.
    const word = fc.string({
      unit: fc.constantFrom('a', 'b', 'c', 'é', '1', 'q', 'A'),
      minLength: 1,
      maxLength: 9,
    });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { maxLength: 40 }),
        word,
        fc.integer({ min: 0, max: 3 }),
        (terms, term, max) => {
          const found = fuzzyNeighbours(terms, term, max);
          const tree = SearchableMap.from(terms.map((t, id) => [t, id] as [string, number]));
          const ids = new Set(found.map((n) => n.termId));
          for (const [, [termId]] of tree.fuzzyGet(term, max)) expect(ids.has(termId)).toBe(true);
          const expected = terms
            .map((t, termId) => ({ termId, distance: alignmentDistance(t, term) }))
            .filter((n) => n.distance <= max);
          expect(found).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

/** Optimal string alignment distance by the full table: the reference the scan must agree with. */
function alignmentDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  return d[a.length]![b.length]!;
}
