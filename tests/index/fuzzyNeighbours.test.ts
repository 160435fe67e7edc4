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

  // The retrieval used minisearch's radix tree for this; the scan replaced it to start faster and must find
  // exactly the same terms at the same distances.
  it('finds exactly what minisearch’s SearchableMap.fuzzyGet finds', () => {
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
          const tree = SearchableMap.from(terms.map((t, id) => [t, id] as [string, number]));
          const expected = [...tree.fuzzyGet(term, max)]
            .map(([, [termId, distance]]) => ({ termId, distance }))
            .sort((a, b) => a.termId - b.termId);
          expect(fuzzyNeighbours(terms, term, max)).toEqual(expected);
        },
      ),
      { numRuns: 1000 },
    );
  });
});
