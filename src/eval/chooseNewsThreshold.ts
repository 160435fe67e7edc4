import {
  confidenceOf,
  EVIDENCE_FEATURES,
  type ConfidenceModel,
  type Evidence,
} from '../answer/confidence.js';
import type { NewsExample } from './newsConfidenceExamples.js';

/** A news half's figures at one threshold, in % of its answerable / unanswerable questions. */
export interface NewsFigures {
  readonly firstRight: number;
  readonly answered: number;
  readonly declined: number;
}

/** The evidence whose feature vector is `x` (the inverse of featureVector). */
export function evidenceFrom(x: readonly number[]): Evidence {
  return Object.fromEntries(EVIDENCE_FEATURES.map((name, j) => [name, x[j] ?? 0])) as Record<
    (typeof EVIDENCE_FEATURES)[number],
    number
  >;
}

/** How `examples` score when the engine declines below `threshold` under `model`. */
export function newsFigures(
  examples: readonly NewsExample[],
  model: ConfidenceModel,
  threshold: number,
): NewsFigures {
  const answers = (e: NewsExample): boolean =>
    e.x !== null && confidenceOf(evidenceFrom(e.x), model) >= threshold;
  const answerable = examples.filter((e) => e.answerable);
  const unanswerable = examples.filter((e) => !e.answerable);
  const pct = (part: number, whole: number): number =>
    whole === 0 ? 0 : Number(((100 * part) / whole).toFixed(1));
  return {
    firstRight: pct(answerable.filter((e) => answers(e) && e.score.firstRight).length, answerable.length),
    answered: pct(answerable.filter(answers).length, answerable.length),
    declined: pct(unanswerable.filter((e) => !answers(e)).length, unanswerable.length),
  };
}

/**
 * The default threshold chosen on news questions: among two-decimal thresholds up to `ceiling`, those under
 * which most questions get the right reply (the first quote right, or an unanswerable question declined);
 * the middle one of them, so that neither the first answer lost nor the first wrong quote let through on
 * these few questions decides it. `ceiling` keeps enough SQuAD questions answered (see fitConfidence.ts).
 */
export function chooseNewsThreshold(
  examples: readonly NewsExample[],
  model: ConfidenceModel,
  ceiling: number,
): number {
  const confidences = examples.map((e) => (e.x === null ? 0 : confidenceOf(evidenceFrom(e.x), model)));
  let best: number[] = [];
  let bestRight = -1;
  for (let t = 0; t <= ceiling + 1e-9; t += 0.01) {
    const threshold = Number(t.toFixed(2));
    let right = 0;
    examples.forEach((e, i) => {
      const answers = (confidences[i] ?? 0) >= threshold;
      if (e.answerable ? answers && e.score.firstRight : !answers) right++;
    });
    if (right > bestRight) {
      best = [threshold];
      bestRight = right;
    } else if (right === bestRight) best.push(threshold);
  }
  return best[Math.floor(best.length / 2)] ?? 0;
}
