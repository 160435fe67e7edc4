import { describe, expect, it } from 'vitest';
import { EVIDENCE_FEATURES, type ConfidenceModel } from '../../src/answer/confidence.js';
import { chooseNewsThreshold, newsFigures } from '../../src/eval/chooseNewsThreshold.js';
import type { NewsExample } from '../../src/eval/newsConfidenceExamples.js';

// A model whose confidence is the logistic of the first feature alone, so each example's confidence is set
// directly: x[0] = logit(confidence).
const model: ConfidenceModel = {
  mean: EVIDENCE_FEATURES.map(() => 0),
  scale: EVIDENCE_FEATURES.map(() => 1),
  weights: EVIDENCE_FEATURES.map((_, j) => (j === 0 ? 1 : 0)),
  bias: 0,
};
const example = (confidence: number, answerable: boolean): NewsExample => ({
  x: [Math.log(confidence / (1 - confidence)), ...EVIDENCE_FEATURES.slice(1).map(() => 0)],
  answerable,
  score: {
    id: 'q',
    answerable,
    firstRight: answerable,
    firstArticle: answerable,
    anyRight: answerable,
    declined: false,
  },
});
// 25 questions whose article is indexed, confidences 0.105, 0.135, … 0.825; 10 whose article is not, 0.05 to 0.5.
const inside = Array.from({ length: 25 }, (_, i) => example(0.105 + 0.03 * i, true));
const outside = Array.from({ length: 10 }, (_, i) => example(0.05 + 0.05 * i, false));
const halfIndexed = [...inside, ...outside];

describe('chooseNewsThreshold', () => {
  it('takes the highest two-decimal threshold that still answers 92% of the questions whose article is indexed', () => {
    // 23 of 25 (92%) have a confidence of 0.165 or more: 0.16 answers them, 0.17 only 22.
    const threshold = chooseNewsThreshold(halfIndexed, model, 1);
    expect(threshold).toBe(0.16);
    expect(newsFigures(halfIndexed, model, threshold)).toMatchObject({ answered: 92, declined: 30 });
  });

  it('never goes above the ceiling that keeps SQuAD answered', () => {
    expect(chooseNewsThreshold(halfIndexed, model, 0.1)).toBe(0.1);
  });
});
