import { describe, expect, it } from 'vitest';
import { excerptContainsAnswer, normalizeAnswer } from '../../../src/eval/squad/normalizeAnswer.js';

describe('normalizeAnswer', () => {
  it('lowercases, drops punctuation and articles, and collapses white space like SQuAD', () => {
    expect(normalizeAnswer('  The  Denver Broncos!')).toBe('denver broncos');
    expect(normalizeAnswer('U.S. $1,000')).toBe('us 1000');
    expect(normalizeAnswer('an apple a day')).toBe('apple day');
  });

  it('keeps articles inside words', () => {
    expect(normalizeAnswer('Theatre and Anatomy')).toBe('theatre and anatomy');
  });

  it('drops articles that punctuation removal exposes, as the official script does', () => {
    expect(normalizeAnswer("the-end a's")).toBe('theend as');
  });
});

describe('excerptContainsAnswer', () => {
  it('finds a gold answer after normalising both sides', () => {
    expect(excerptContainsAnswer('They beat the Carolina Panthers, 24–10.', ['Carolina Panthers'])).toBe(
      true,
    );
    expect(excerptContainsAnswer('Held in Santa Clara, California.', ['Boston', 'santa clara'])).toBe(true);
  });

  it('matches whole words only, so "1" is not found in "1990"', () => {
    expect(excerptContainsAnswer('In 1990 it rained.', ['1'])).toBe(false);
  });

  it('never matches an answer that normalises to nothing', () => {
    expect(excerptContainsAnswer('the end', ['the', '...'])).toBe(false);
  });
});
