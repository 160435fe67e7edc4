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

/** Share of the half-indexed run's answerable questions (their article indexed) the default must answer. */
export const NEWS_ANSWERED = 0.92;

/**
 * The default threshold chosen on news questions: the highest two-decimal threshold up to `ceiling` that still
 * answers `answered` (0–1) of `halfIndexed`'s answerable questions, so that it declines as many questions
 * about a missing story as it can while answering those whose story is there. The held-out review asks for
 * 90% answered; 92% leaves room for a corpus of other stories. `ceiling` keeps enough SQuAD questions
 * answered (see fitConfidence.ts).
 */
export function chooseNewsThreshold(
  halfIndexed: readonly NewsExample[],
  model: ConfidenceModel,
  ceiling: number,
  answered = NEWS_ANSWERED,
): number {
  const confidences = halfIndexed
    .filter((e) => e.answerable)
    .map((e) => (e.x === null ? 0 : confidenceOf(evidenceFrom(e.x), model)));
  let chosen = 0;
  for (let t = 0; t <= ceiling + 1e-9; t += 0.01) {
    const threshold = Number(t.toFixed(2));
    const share = confidences.filter((c) => c >= threshold).length / Math.max(1, confidences.length);
    if (share >= answered) chosen = threshold;
  }
  return chosen;
}
