import type { AnswerType } from './answerType.js';
import { FITTED_MODEL, inFeatureOrder } from './fittedModel.js';

/** What the re-ranker knows about a candidate quote. Each is in [0, 1]. */
export interface UnitFeatures {
  /** Share of the question's IDF weight that the quote matches (stems; a fuzzy neighbour counts 0.6, a plain typo's 1). */
  readonly sentenceCoverage: number;
  /** Share of the question's words (IDF-weighted) that the quote has exactly as written, not only stem-alike. */
  readonly surfaceCoverage: number;
  /** The passage's BM25 score relative to the best candidate's. */
  readonly retrieval: number;
  /** Share of the question's IDF weight matched anywhere in the passage or its title. */
  readonly passageCoverage: number;
  /** Share of the question's adjacent word pairs that the quote has next to each other, in order. */
  readonly phrase: number;
  /** Sentence-level BM25 of the quote, over the question's total IDF weight. */
  readonly bm25: number;
  /** Coverage with IDF squared: the rarest words count most. */
  readonly rareCoverage: number;
  /**
   * Coverage where a question word the quote lacks counts by its similarity when the quote has a word related
   * in meaning ("afraid" for "worried", see relatedTerms.ts).
   */
  readonly relatedCoverage: number;
  /** Coverage with each word weighed by how rare it is among the candidate passages too (see localWeights). */
  readonly localCoverage: number;
  /** How well the quote fits the answer type (see answerTypeFit). */
  readonly answerTypeFit: number;
  /** Two sentences rather than one. */
  readonly isPair: boolean;
  /** How close a new mention of the asked kind stands to the question's words (see typedNearness.ts). */
  readonly typedNearness: number;
  /**
   * How far the BM25 of the quote's whole story (its lede weighed most) falls short of the best candidate
   * story's, as a share of it: 0 in the best story (see storyScores.ts).
   */
  readonly storyGap: number;
}

const TYPED: readonly AnswerType[] = ['count', 'duration', 'date', 'person', 'place', 'reason', 'statement'];

/**
 * Types that share a fitted weight with a kinder one: SQuAD, which most of the fit is, rarely tells them
 * apart. Money and distances are counts of something, and organisations are names, as people are.
 */
const WEIGHT_OF: Partial<Record<AnswerType, AnswerType>> = {
  money: 'count',
  distance: 'count',
  organisation: 'person',
};

/** The index into TYPED of the weight `type` uses, or -1. */
function weightSlot(type: AnswerType): number {
  return TYPED.indexOf(WEIGHT_OF[type] ?? type);
}

/** The re-ranker's inputs in weight order: the features, then the answer-type fit once per answer type. */
export const RANK_FEATURES = [
  'sentenceCoverage',
  'surfaceCoverage',
  'retrieval',
  'passageCoverage',
  'phrase',
  'bm25',
  'rareCoverage',
  'relatedCoverage',
  'localCoverage',
  'isPair',
  'typedNearness',
  'storyGap',
  ...TYPED.map((type) => `answerTypeFit:${type}`),
] as const;

export function rankFeatureVector(f: UnitFeatures, type: AnswerType): number[] {
  return [
    f.sentenceCoverage,
    f.surfaceCoverage,
    f.retrieval,
    f.passageCoverage,
    f.phrase,
    f.bm25,
    f.rareCoverage,
    f.relatedCoverage,
    f.localCoverage,
    f.isPair ? 1 : 0,
    f.typedNearness,
    f.storyGap,
    ...TYPED.map((_, k) => (k === weightSlot(type) ? f.answerTypeFit : 0)),
  ];
}

/**
 * A quote's score is the weighted sum of its features, in RANK_FEATURES order: the fitted weights (and any set
 * by hand, with why) from data/fitted-model.json, which says how they were fitted and their held-out figures. Related coverage counts exact matches too, so an exact match earns its weight
 * plus sentence coverage's, while a related word earns related coverage's weight × its similarity alone.
 */
export const RANK_WEIGHTS: readonly number[] = inFeatureOrder(
  RANK_FEATURES,
  {
    ...FITTED_MODEL.ranker.weights,
    ...Object.fromEntries(
      Object.entries(FITTED_MODEL.ranker.handSet).map(([name, { weight }]) => [name, weight]),
    ),
  },
  'ranker.weights (with ranker.handSet)',
);

export function scoreOf(
  f: UnitFeatures,
  type: AnswerType,
  weights: readonly number[] = RANK_WEIGHTS,
): number {
  // The same sum as over rankFeatureVector, without building the array (or any closure): this runs for every
  // candidate quote.
  const typeIndex = weightSlot(type);
  return (
    (weights[0] as number) * f.sentenceCoverage +
    (weights[1] as number) * f.surfaceCoverage +
    (weights[2] as number) * f.retrieval +
    (weights[3] as number) * f.passageCoverage +
    (weights[4] as number) * f.phrase +
    (weights[5] as number) * f.bm25 +
    (weights[6] as number) * f.rareCoverage +
    (weights[7] as number) * f.relatedCoverage +
    (weights[8] as number) * f.localCoverage +
    (weights[9] as number) * (f.isPair ? 1 : 0) +
    (weights[10] as number) * f.typedNearness +
    (weights[11] as number) * f.storyGap +
    (typeIndex < 0 ? 0 : (weights[12 + typeIndex] as number) * f.answerTypeFit)
  );
}
