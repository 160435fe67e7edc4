import { describe, expect, it } from 'vitest';
import { slipNeighbours } from '../../src/index/slipNeighbours.js';
import { processTerm } from '../../src/index/terms.js';

/** A corpus's terms, as index terms of these words. */
const corpusTerms = new Set(
  ['coming', 'gathered', 'talks', 'dot', 'lot', 'cost', 'receive'].map((w) => processTerm(w) ?? ''),
);
const isTerm = (term: string): boolean => corpusTerms.has(term);

describe('slipNeighbours', () => {
  it('gives the corpus terms of the word’s one-slip variants', () => {
    expect(slipNeighbours('comming', isTerm)).toEqual([processTerm('coming')]);
    expect(slipNeighbours('recieve', isTerm)).toEqual([processTerm('receive')]);
    expect(slipNeighbours('zzzzzz', isTerm)).toEqual([]);
  });

  it('never gives the word’s own term: a word is no slip of itself', () => {
    // "talk" is the stem of "talks" and of its variant "talk".
    expect(slipNeighbours('talks', isTerm)).not.toContain(processTerm('talks'));
  });

  it('keeps the first letter: "cots" may be "cost", not "dots" or "lots"', () => {
    expect(slipNeighbours('cots', isTerm)).toEqual([processTerm('cost')]);
  });

  it('with onlyUndoubled, only undoes a doubled letter: "comming" is "coming", "running" never "ruining"', () => {
    const terms = new Set(['coming', 'ruining', 'winning'].map((w) => processTerm(w) ?? ''));
    const known = (term: string): boolean => terms.has(term);
    expect(slipNeighbours('comming', known, true)).toEqual([processTerm('coming')]);
    // Any slip would find "ruin": "running" with its first n typed as i is "ruining".
    expect(slipNeighbours('running', known)).toContain(processTerm('ruining'));
    expect(slipNeighbours('running', known, true)).toEqual([]);
  });
});
