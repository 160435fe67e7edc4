import { describe, expect, it } from 'vitest';
import { QuoteFeatureScratch, type PassageHits } from '../../src/answer/quoteFeatures.js';

// A question with three search terms (weights 1, 2, 3; among the candidate passages 0, 2, 3) and four words as
// written (the fourth, weight 4, is an answer-kind word that is not searched). A passage of eight tokens.
const scratch = new QuoteFeatureScratch({
  terms: Float64Array.from([1, 2, 3]),
  words: Float64Array.from([1, 2, 3, 4]),
  local: Float64Array.from([0, 2, 3]),
  ofPairs: new Uint8Array(3),
});

// "president of Russia" as two search terms (0: president, 1: russia) that the question joins by "of".
const ofScratch = new QuoteFeatureScratch({
  terms: Float64Array.from([1, 1]),
  words: Float64Array.from([1, 1]),
  local: Float64Array.from([1, 1]),
  ofPairs: Uint8Array.from([1, 0]),
});

function hits(
  term: number[],
  surface: number[],
  strength: number[] = term.map((t) => (t >= 0 ? 1 : 0)),
  related: number[] = term.map(() => -1),
  relatedStrength: number[] = related.map((r) => (r >= 0 ? 0.7 : 0)),
  joiner: number[] = term.map(() => 0),
  possessive: number[] = term.map(() => 0),
): PassageHits {
  return {
    term: Int32Array.from(term),
    second: Int32Array.from(term, () => -1),
    strength: Float64Array.from(strength),
    surface: Int32Array.from(surface),
    related: Int32Array.from(related),
    relatedStrength: Float64Array.from(relatedStrength),
    joiner: Uint8Array.from(joiner),
    possessive: Uint8Array.from(possessive),
  };
}

describe('QuoteFeatureScratch.measure', () => {
  it('counts a compound written as one word ("TimeWarner") as both its terms and their phrase', () => {
    // Token 0 stands for terms 0 and 1 ("Time Warner"), token 1 matches term 2.
    const passage = { ...hits([0, 2], [-1, -1]), second: Int32Array.from([1, -1]) };
    const match = scratch.measure(passage, 0, 2);
    expect(match.matchedCount).toBe(3);
    expect(match.sentenceCoverage).toBeCloseTo(1);
    expect(match.phrase).toBeCloseTo(1);
    // Without the compound, the same token is only term 0, and terms 0 and 2 are no pair.
    const plain = scratch.measure(hits([0, 2], [-1, -1]), 0, 2);
    expect(plain.matchedCount).toBe(2);
    expect(plain.phrase).toBe(0);
  });

  it('weighs coverage by IDF, counts a typo’s match at its strength, and measures only the quote’s tokens', () => {
    const passage = hits(
      [0, -1, 2, -1, 1, -1, -1, 2],
      [-1, -1, -1, -1, -1, -1, -1, -1],
      [1, 0, 0.6, 0, 1, 0, 0, 1],
    );
    const whole = scratch.measure(passage, 0, 8);
    expect(whole.matchedCount).toBe(3);
    expect(whole.sentenceCoverage).toBeCloseTo((1 + 2 + 3) / 6);
    const part = scratch.measure(passage, 0, 3);
    expect(part.matchedCount).toBe(2);
    expect(part.sentenceCoverage).toBeCloseTo((1 + 3 * 0.6) / 6);
    expect(Array.from(scratch.strengths)).toEqual([1, 0, 0.6]);
  });

  it('gives surface coverage only for words written as in the question', () => {
    // Tokens 0 and 1 match terms 0 and 1 by stem; only token 0 is written as the question writes it.
    const passage = hits([0, 1, -1], [0, -1, 3]);
    const match = scratch.measure(passage, 0, 3);
    expect(match.sentenceCoverage).toBeCloseTo(3 / 6);
    expect(match.surfaceCoverage).toBeCloseTo((1 + 4) / 10);
  });

  it('counts adjacent question terms in order, side by side or joined by a joiner word, as phrase matches', () => {
    const none = [-1, -1, -1, -1];
    expect(
      scratch.measure(hits([0, 1, -1, 2], none, undefined, undefined, undefined, [0, 0, 1, 0]), 0, 4).phrase,
    ).toBeCloseTo(1);
    expect(scratch.measure(hits([1, 0, -1, -1, 2], [-1, -1, -1, -1, -1]), 0, 5).phrase).toBe(0);
  });

  it('gives no phrase credit for a word between the pair that is no joiner ("president said Russia")', () => {
    // Terms 1 and 2 one word apart: a joiner ("of") keeps the phrase, any other word ("said") breaks it.
    const joined = hits([0, 1, -1, 2], [-1, -1, -1, -1], undefined, undefined, undefined, [0, 0, 1, 0]);
    const broken = hits([0, 1, -1, 2], [-1, -1, -1, -1]);
    expect(scratch.measure(joined, 0, 4).phrase).toBeCloseTo(1);
    expect(scratch.measure(broken, 0, 4).phrase).toBeCloseTo(0.5);
  });

  it('counts "X of Y" written as "Y\'s X" or "<form of Y> X" as the phrase, and only for an "of" pair', () => {
    const none = [-1, -1];
    // "Russia's president": russia (possessive), then president.
    expect(
      ofScratch.measure(hits([1, 0], none, undefined, undefined, undefined, undefined, [1, 0]), 0, 2).phrase,
    ).toBe(1);
    // "Russian President": a related form of russia, then president.
    expect(ofScratch.measure(hits([-1, 0], none, undefined, [1, -1]), 0, 2).phrase).toBe(1);
    // "Russia president" (no possessive) and the same words for a pair not joined by "of" get none.
    expect(ofScratch.measure(hits([1, 0], none), 0, 2).phrase).toBe(0);
    expect(
      scratch.measure(hits([1, 0], none, undefined, undefined, undefined, undefined, [1, 0]), 0, 2).phrase,
    ).toBe(0);
  });

  it('rewards a repeated rare term in sentence BM25 and in IDF²-weighted coverage', () => {
    const once = scratch.measure(hits([2, -1, -1, -1], [-1, -1, -1, -1]), 0, 4);
    const twice = scratch.measure(hits([2, -1, 2, -1], [-1, -1, -1, -1]), 0, 4);
    const common = scratch.measure(hits([0, -1, -1, -1], [-1, -1, -1, -1]), 0, 4);
    expect(twice.bm25).toBeGreaterThan(once.bm25);
    expect(once.rareCoverage).toBeCloseTo(9 / 14);
    expect(common.rareCoverage).toBeCloseTo(1 / 14);
  });

  it('counts a word related in meaning at its similarity, and never above an exact match', () => {
    // Token 1 is related to term 2 (similarity 0.7); token 3 to term 0, which token 0 matches exactly.
    const passage = hits([0, -1, -1, -1], [-1, -1, -1, -1], undefined, [-1, 2, -1, 0]);
    const match = scratch.measure(passage, 0, 4);
    expect(match.sentenceCoverage).toBeCloseTo(1 / 6);
    expect(match.relatedCoverage).toBeCloseTo((1 + 3 * 0.7) / 6);
    expect(scratch.measure(passage, 1, 2).relatedCoverage).toBeCloseTo((3 * 0.7) / 6);
    expect(scratch.measure(passage, 1, 2).matchedCount).toBe(0);
  });

  it('weighs local coverage by how rare each term is among the candidates', () => {
    // Term 0 has local weight 0 here (a term in every candidate weighs little): alone it covers nothing locally.
    expect(scratch.measure(hits([0, -1], [-1, -1]), 0, 2).localCoverage).toBe(0);
    expect(scratch.measure(hits([0, 2], [-1, -1]), 0, 2).localCoverage).toBeCloseTo(3 / 5);
  });
});
