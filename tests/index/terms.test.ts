import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { processTerm, termsOf, tokenize, tokenizeWithOffsets, writtenForm } from '../../src/index/terms.js';

describe('tokenize', () => {
  it('keeps dotted acronyms, numbers with separators and inner apostrophes whole', () => {
    expect(tokenize('The U.S. sent 100,000 troops; Russia’s 3.5% won’t hold.')).toEqual([
      'The',
      'U.S.',
      'sent',
      '100,000',
      'troops',
      'Russia’s',
      '3.5',
      'won’t',
      'hold',
    ]);
  });

  it('splits hyphenated words into their halves', () => {
    expect(tokenize('far-reaching de-escalation')).toEqual(['far', 'reaching', 'de', 'escalation']);
  });

  it('returns nothing for punctuation only', () => {
    expect(tokenize('?!... — “”')).toEqual([]);
  });
});

describe('tokenizeWithOffsets', () => {
  it('gives each token offsets whose slice is the token', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        for (const token of tokenizeWithOffsets(text))
          expect(text.slice(token.start, token.end)).toBe(token.raw);
        expect(tokenizeWithOffsets(text).map((t) => t.raw)).toEqual(tokenize(text));
      }),
    );
  });

  it('places each token where the tokenizer found it, though its text occurs earlier', () => {
    // why: highlights and quote windows are cut at these offsets; "U.S" inside "U.S.A" or "5" inside "3.5"
    // must not pull a later token back onto an earlier occurrence of the same characters.
    const TOKEN_AT =
      /(?:\p{Lu}\.){1,}\p{Lu}\.?|\p{N}+(?:[.,]\p{N}+)*|[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{M}]+)*/gu;
    const piece = fc.constantFrom(
      'U.S.',
      'U.S',
      'S',
      'A',
      '3.5',
      '3',
      '5',
      ',',
      '.',
      ' ',
      "Russia's",
      's',
      '’',
      'é',
      '😀',
      '𝐀',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const expected = [...text.matchAll(TOKEN_AT)].map((m) => [m[0], m.index]);
        expect(tokenizeWithOffsets(text).map((t) => [t.raw, t.start])).toEqual(expected);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('processTerm: acronyms', () => {
  it('keeps "US" and "U.S." as the term "us" instead of dropping it as the stop word "us"', () => {
    expect(processTerm('US')).toBe('us');
    expect(processTerm('U.S.')).toBe('us');
    expect(processTerm('NATO')).toBe('nato');
  });
});

describe('spelt-out acronyms', () => {
  it('reads "the United States" as the term of "the US" and "the U.S.", so each form finds the others', () => {
    expect(termsOf('the United States')).toEqual(['us']);
    expect(termsOf('the U.S.')).toEqual(['us']);
    expect(termsOf('the US')).toEqual(['us']);
    expect(termsOf('the european  union and the United\nNations')).toEqual(['eu', 'un']);
  });

  it('keeps the spelt-out name one token whose slice is the name, beside its neighbours', () => {
    const text = 'a United Nations-backed plan';
    const tokens = tokenizeWithOffsets(text);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['a', 'United Nations', 'backed', 'plan']);
  });

  it('joins the words across one line break, never across a paragraph break', () => {
    expect(termsOf('the United\nStates')).toEqual(['us']);
    expect(termsOf('the United\n\nStates')).toEqual(['unit', 'state']);
    expect(writtenForm('United\n States')).toBe('united states');
  });

  it('keeps the pronoun "us" a stop word: only the capitals are the country', () => {
    expect(termsOf('they told us')).toEqual(['told']);
    expect(termsOf('they told the US')).toEqual(['told', 'us']);
  });

  it('leaves the words alone inside a longer name or word', () => {
    expect(termsOf('Unitedstates')).toEqual(['unitedst']);
    expect(termsOf('the United Statesmen')).toEqual(['unit', 'statesmen']);
  });
});

describe('processTerm: stop words', () => {
  it('drops stop words and question words in any case', () => {
    for (const word of ['the', 'The', 'who', 'What', 'was', 'won’t', "didn't", 'according']) {
      expect(processTerm(word)).toBeNull();
    }
  });
});

describe('processTerm: stemming and folding', () => {
  it('stems so that inflections meet', () => {
    expect(processTerm('pipelines')).toBe(processTerm('pipeline'));
    expect(processTerm('talks')).toBe(processTerm('talked'));
    expect(processTerm('Running')).toBe(processTerm('run'));
  });

  it('removes a possessive and folds curly apostrophes', () => {
    expect(processTerm('Russia’s')).toBe(processTerm('Russia'));
    expect(processTerm("Russia's")).toBe(processTerm('Russia'));
  });

  it('removes diacritics so "café" meets "cafe"', () => {
    expect(processTerm('café')).toBe(processTerm('cafe'));
  });
});

describe('processTerm: numbers', () => {
  it('removes thousands separators so "100,000" meets "100000"', () => {
    expect(processTerm('100,000')).toBe('100000');
    expect(processTerm('1,234,567.5')).toBe('1234567.5');
  });

  it('keeps decimals and numbers that are not thousands-grouped as they are', () => {
    expect(processTerm('3.5')).toBe('3.5');
    expect(processTerm('1,5')).toBe('1,5');
    expect(processTerm('2022')).toBe('2022');
  });
});

describe('termsOf', () => {
  it('lists distinct terms in first-seen order without stop words', () => {
    expect(termsOf('The pipeline and the pipelines of the U.S. and US')).toEqual([
      processTerm('pipeline'),
      'us',
    ]);
  });
});
