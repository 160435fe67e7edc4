import { describe, expect, it } from 'vitest';
import { FOLLOW_ON_WINDOW, followOnSentence } from '../../src/answer/followOnSentence.js';

// fits[k]: how well sentence k fits the asked answer type; the last `fits.length - own` are the next
// paragraph's first sentences.
describe('followOnSentence', () => {
  it("follows a paragraph's last sentence to the next paragraph's second when only that one holds the answer", () => {
    // A lead without the date, a first sentence of the next paragraph without it, the date in the second.
    expect(followOnSentence([0, 0, 1], 0, 1)).toBe(2);
  });

  it('takes the nearest sentence that holds the answer', () => {
    expect(followOnSentence([0, 1, 1], 0, 1)).toBe(1);
  });

  it('never follows on from a sentence that already holds the answer', () => {
    expect(followOnSentence([1, 1, 1], 0, 1)).toBeUndefined();
  });

  it('follows on to a full fit only: a bare number is not yet the sum of money asked for', () => {
    expect(followOnSentence([0, 0.5, 0.5], 0, 1)).toBeUndefined();
    expect(followOnSentence([0.5, 0, 1], 0, 1)).toBe(2);
  });

  it('looks no further than the window', () => {
    expect(followOnSentence([0, 0, 0, 1], 0, 1)).toBeUndefined();
    expect(followOnSentence([0, 0, 0, 1], 0, 1, { sameParagraph: 0, nextParagraph: 3 })).toBe(3);
  });

  it('by default reaches the next paragraph from the last sentence of a passage only', () => {
    // Sentences 0 and 1 are the passage's own; 2 and 3 the next paragraph's.
    expect(FOLLOW_ON_WINDOW.sameParagraph).toBe(0);
    expect(followOnSentence([0, 0, 1, 0], 0, 2)).toBeUndefined();
    expect(followOnSentence([0, 0, 1, 0], 1, 2)).toBe(2);
  });

  it('from a sentence that fits the asked kind in part, looks at the next sentence of its own paragraph', () => {
    // why: "Boeing said earnings … of 2004 dropped by 84%…" (a percentage where a sum is asked) is followed
    // in its paragraph by "Net profit was $186m…"; a sentence with nothing of the kind is not (a "who leads"
    // question's sentence about one association went on to another's director).
    expect(followOnSentence([0.5, 1, 0], 0, 3)).toBe(1);
    expect(followOnSentence([0, 1, 0], 0, 3)).toBeUndefined();
    // One sentence further only: then the next paragraph is within reach from the second-last sentence.
    expect(followOnSentence([0.5, 0, 1], 0, 3)).toBeUndefined();
    expect(followOnSentence([0, 0.25, 0, 1], 1, 3)).toBe(3);
  });

  it('with a same-paragraph reach, looks in its own paragraph first, and beyond it only from near its end', () => {
    const reach = { sameParagraph: 1, nextParagraph: 2 };
    expect(followOnSentence([0, 1, 0, 1], 0, 3, reach)).toBe(1);
    expect(followOnSentence([0, 0, 0, 1], 0, 3, reach)).toBeUndefined();
    expect(followOnSentence([0, 0, 0, 1], 1, 3, reach)).toBe(3);
  });

  it("asks nothing of sentences that are not the passage's own", () => {
    expect(followOnSentence([0, 0, 1], 1, 1)).toBeUndefined();
  });
});
