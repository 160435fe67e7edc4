import { describe, expect, it } from 'vitest';
import { phraseMarksFor, phraseMarksOf, wordMarksOf } from '../../src/answer/phraseMarksOf.js';

describe('phraseMarksOf', () => {
  it('lets any word join a phrase but a verb of speech, unless the question says it', () => {
    const words = ['president', 'of', 'russia', 'said', 'tells'];
    expect(Array.from(phraseMarksOf(words, new Set(['who'])).joiner)).toEqual([1, 1, 1, 0, 1]);
    expect(Array.from(phraseMarksOf(words, new Set(['said'])).joiner)).toEqual([1, 1, 1, 1, 1]);
  });

  it('marks possessives, with either apostrophe and after a plural', () => {
    const words = ["russia's", 'russia’s', "players'", 'russia', 'its'];
    expect(Array.from(phraseMarksOf(words, new Set()).possessive)).toEqual([1, 1, 1, 0, 0]);
  });

  it("leaves a passage's kept marks as they were for the next question", () => {
    // why: a passage's word marks are kept across questions; one that uses "said" must not let "said" join
    // a phrase for the next question, which does not.
    const words = ['president', 'of', 'russia', 'said', 'tells'];
    const marks = wordMarksOf(words);
    expect(Array.from(phraseMarksFor(marks, words, new Set(['said'])).joiner)).toEqual([1, 1, 1, 1, 1]);
    expect(Array.from(phraseMarksFor(marks, words, new Set(['who'])).joiner)).toEqual([1, 1, 1, 0, 1]);
  });
});
