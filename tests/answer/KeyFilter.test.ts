import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { KeyFilter } from '../../src/answer/KeyFilter.js';

describe('KeyFilter', () => {
  // Re-ranking skips a token the filter rejects: a key it rejected would lose a match, so never may it.
  test('never rejects a key it was given, whatever the keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 40 })), (keys) => {
        const filter = new KeyFilter(keys);
        expect(keys.every((key) => filter.mayHave(key))).toBe(true);
      }),
    );
  });

  test('rejects a word of another length and first letter, so most tokens are passed over unlooked', () => {
    const filter = new KeyFilter(['profit', 'compani']);
    expect(filter.mayHave('year')).toBe(false);
    expect(filter.mayHave('shares')).toBe(false);
    expect(filter.mayHave('profit')).toBe(true);
  });
});
