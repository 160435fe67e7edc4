import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isOneSlipApart } from '../../src/index/editDistance.js';
import { slipVariants } from '../../src/index/slipVariants.js';

describe('slipVariants', () => {
  it('undoes each kind of slip: a letter extra, missing, wrong, or two swapped', () => {
    expect(slipVariants('comming')).toContain('coming');
    expect(slipVariants('elction')).toContain('election');
    expect(slipVariants('sanctons')).toContain('sanctions');
    expect(slipVariants('recieve')).toContain('receive');
  });

  it('gives only words one slip away, without the word itself or repeats', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}$/), (word) => {
        const variants = slipVariants(word);
        expect(new Set(variants).size).toBe(variants.length);
        expect(variants).not.toContain(word);
        for (const v of variants) expect(isOneSlipApart(word, v)).toBe(true);
      }),
    );
  });

  it('counts every variant of a short word: deletions, swaps, substitutions and insertions', () => {
    // "ab": "a", "b" (deleted); "ba" (swapped); 25 + 25 substitutions; 26 × 3 insertions, less the repeats
    // "aab" and "abb" that two positions make.
    expect(slipVariants('ab')).toHaveLength(2 + 1 + 50 + 78 - 2);
  });
});
