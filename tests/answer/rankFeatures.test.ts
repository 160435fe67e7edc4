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
});
const types: AnswerType[] = ['count', 'duration', 'date', 'person', 'place', 'reason', 'statement', 'other'];

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
    const base: UnitFeatures = {
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
    };
    const fitting = { ...base, answerTypeFit: 1 };
    expect(scoreOf(fitting, 'duration')).toBeGreaterThan(scoreOf(base, 'duration'));
    expect(scoreOf(fitting, 'other')).toBe(scoreOf(base, 'other'));
  });
});
