import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerType } from '../../src/answer/answerType.js';
import {
  RANK_FEATURES,
  RANK_WEIGHTS,
  rankFeatureVector,
  scoreOf,
  type UnitFeatures,
} from '../../src/answer/rankFeatures.js';

const unit = fc.double({ min: 0, max: 1, noNaN: true });
const features: fc.Arbitrary<UnitFeatures> = fc.record({
  sentenceCoverage: unit,
  surfaceCoverage: unit,
  retrieval: unit,
  passageCoverage: unit,
  phrase: unit,
  bm25: unit,
  rareCoverage: unit,
  relatedCoverage: unit,
  localCoverage: unit,
  answerTypeFit: unit,
  isPair: fc.boolean(),
  typedNearness: unit,
  storyGap: unit,
});
const types: AnswerType[] = ['count', 'duration', 'date', 'person', 'place', 'reason', 'statement', 'other'];

/** A middling quote: half the question's words, no phrase, no answer of the asked kind. */
function baseFeatures(): UnitFeatures {
  return {
    sentenceCoverage: 0.5,
    surfaceCoverage: 0.5,
    retrieval: 1,
    passageCoverage: 0.5,
    phrase: 0,
    bm25: 0.3,
    rareCoverage: 0.5,
    relatedCoverage: 0.5,
    localCoverage: 0.5,
    answerTypeFit: 0,
    isPair: false,
    typedNearness: 0,
    storyGap: 0,
  };
}

describe('scoreOf', () => {
  it('has one weight per named feature', () => {
    expect(RANK_WEIGHTS).toHaveLength(RANK_FEATURES.length);
  });

  it('is the weighted sum of the feature vector, in RANK_FEATURES order', () => {
    fc.assert(
      fc.property(features, fc.constantFrom(...types), (f, type) => {
        const vector = rankFeatureVector(f, type);
        expect(vector).toHaveLength(RANK_FEATURES.length);
        const sum = vector.reduce((s, x, i) => s + x * (RANK_WEIGHTS[i] ?? 0), 0);
        expect(scoreOf(f, type)).toBeCloseTo(sum, 12);
      }),
    );
  });

  it('rewards fitting the answer type only for a question that has one', () => {
    const base = baseFeatures();
    const fitting = { ...base, answerTypeFit: 1 };
    expect(scoreOf(fitting, 'duration')).toBeGreaterThan(scoreOf(base, 'duration'));
    expect(scoreOf(fitting, 'other')).toBe(scoreOf(base, 'other'));
  });

  it('prefers, among quotes holding the kind of answer asked for, the one whose answer stands next to the question’s words', () => {
    // As fitted: "Judge Letitia Clark" beats a sentence that names someone far from the word "judge".
    const far: UnitFeatures = { ...baseFeatures(), answerTypeFit: 1, typedNearness: 0.1 };
    const next = { ...far, typedNearness: 1 };
    for (const type of ['person', 'count', 'money', 'date'] as const) {
      expect(scoreOf(next, type)).toBeGreaterThan(scoreOf(far, type));
    }
  });
});
