import { EVIDENCE_FEATURES, type ConfidenceModel } from '../../src/answer/confidence.js';

/**
 * Gradient descent for the logistic fit: `l2`, the penalty on the standardised weights, is small as the features
 * are few and the examples ~10,000; `steps` full passes at `learningRate`.
 */
const DESCENT = { l2: 1e-3, steps: 3000, learningRate: 0.5 } as const;

/** One labelled example: the evidence's features, and whether the question's article was indexed. */
export interface Example {
  readonly x: readonly number[];
  readonly answerable: boolean;
  /** How much the example counts in the fit (default 1): news questions are few beside SQuAD's. */
  readonly weight?: number;
}

/** Weighted logistic regression by projected gradient descent on standardised features, weights at least 0. */
export function fitLogistic(examples: readonly Example[]): ConfidenceModel {
  const d = EVIDENCE_FEATURES.length;
  const w = (e: Example): number => e.weight ?? 1;
  const n = examples.reduce((s, e) => s + w(e), 0);
  const mean = Array.from(
    { length: d },
    (_, j) => examples.reduce((s, e) => s + w(e) * (e.x[j] ?? 0), 0) / n,
  );
  const scale = mean.map((m, j) =>
    Math.max(1e-9, Math.sqrt(examples.reduce((s, e) => s + w(e) * ((e.x[j] ?? 0) - m) ** 2, 0) / n)),
  );
  const rows = examples.map((e) => e.x.map((x, j) => (x - (mean[j] ?? 0)) / (scale[j] ?? 1)));
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  for (let step = 0; step < DESCENT.steps; step++) {
    const gradient = new Array<number>(d).fill(0);
    let gradientBias = 0;
    rows.forEach((row, i) => {
      const z = row.reduce((s, x, j) => s + x * (weights[j] ?? 0), bias);
      const example = examples[i];
      const error = (1 / (1 + Math.exp(-z)) - (example?.answerable ? 1 : 0)) * (example ? w(example) : 0);
      row.forEach((x, j) => (gradient[j] = (gradient[j] ?? 0) + error * x));
      gradientBias += error;
    });
    // Every feature is evidence for an answer, so no weight may be negative: a negative one is a correlated
    // feature's echo, and it would make more evidence lower the confidence.
    for (let j = 0; j < d; j++)
      weights[j] = Math.max(
        0,
        (weights[j] ?? 0) - DESCENT.learningRate * ((gradient[j] ?? 0) / n + DESCENT.l2 * (weights[j] ?? 0)),
      );
    bias -= (DESCENT.learningRate * gradientBias) / n;
  }
  return { mean, scale, weights, bias };
}
