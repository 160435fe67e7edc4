import { describe, expect, it } from 'vitest';
import { suggestArticles } from '../../src/engine/suggestArticles.js';
import { corpusOf } from '../support/fixtureCorpus.js';

const { articles } = corpusOf({
  'tech/042': 'Chip Makers Expand\n\nBody.',
  'tech/0420': 'Chip Shortage Eases\n\nBody.',
  '000_bf4b978a58fdcece': 'Diplomatic Efforts To Resolve Ukraine Tensions\n\nBody.',
  '003_bcdb362db8b66c8f': 'Macron And Putin Agree\n\nBody.',
  'sports/final': 'Cup Final Ends In Penalties\n\nBody.',
});
const ids = (query: string, limit = 10): string[] => suggestArticles(articles, query, limit).map((a) => a.id);

describe('suggestArticles', () => {
  it('puts an exact id first, then id prefixes', () => {
    expect(ids('tech/042')).toEqual(['tech/042', 'tech/0420']);
    expect(ids('TECH/0420')[0]).toBe('tech/0420');
  });

  it('finds by id prefix and id substring', () => {
    expect(ids('000')).toEqual(['000_bf4b978a58fdcece']);
    expect(ids('bcdb362')).toEqual(['003_bcdb362db8b66c8f']);
  });

  it('finds by title text and by words starting the title words, in any order', () => {
    expect(ids('ukraine tensions')).toEqual(['000_bf4b978a58fdcece']);
    expect(ids('putin mac')).toEqual(['003_bcdb362db8b66c8f']);
    expect(ids('chip')).toEqual(['tech/042', 'tech/0420']);
  });

  it('suggests an id within a small edit distance ("did you mean")', () => {
    expect(ids('sprots/final')).toEqual(['sports/final']);
  });

  it('lists the first articles for an empty query and respects the limit', () => {
    expect(ids('  ', 2)).toEqual(['tech/042', 'tech/0420']);
    expect(ids('chip', 1)).toEqual(['tech/042']);
    expect(ids('chip', 0)).toEqual([]);
  });

  it('returns nothing when nothing is close', () => {
    expect(ids('zzzzzz')).toEqual([]);
  });
});
