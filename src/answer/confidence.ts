/**
 * How likely it is that the articles answer a question, from the evidence of the search: a logistic model over
 * a few coverage features. The engine declines when it falls below MIN_CONFIDENCE.
 */

import type { AnswerType } from './answerType.js';
import type { CandidateQuote } from './CandidateQuote.js';
import { FITTED_MODEL, inFeatureOrder } from './fittedModel.js';
import { RELATIVE_KEEP } from './relativeKeep.js';

/** What the search found for a question, as the model reads it. All but retrievalStrength are in [0, 1]. */
export interface Evidence {
  /** Share of the question's word weight (IDF) matched in the best quote's passage or its title. */
  readonly passageCoverage: number;
  /** Share of the question's word weight matched in the best quote itself. */
  readonly sentenceCoverage: number;
  /** The same, counting a word related in meaning by its similarity (see rankFeatures.ts, relatedCoverage). */
  readonly relatedCoverage: number;
  /**
   * Share of the question's names (capitalised words after the first) found in the best quote's passage or its
   * title (a typo's neighbour counts); 1 when there are none. A question about a person or place the passage never names is rarely answered by it.
   */
  readonly nameCoverage: number;
  /**
   * 1 when the best quote's passage (or its title) names every name of the question (or it has none), else 0.
   * One missing name is strong evidence against the quote, whatever the share: a news question about a story
   * the corpus lacks often finds a related story naming all but one of its names.
   */
  readonly allNamesInPassage: number;
  /**
   * Share of the question's names that the best quote leaves to its passage, not naming them itself; 0 when
   * there are none. News answers often follow the sentence that restates the question's names ("the airline
   * announced net profits of…" after "Lufthansa has returned to profit"); a quote that only repeats the
   * names is often a related story's, about the same people and another event.
   */
  readonly namesLeftToPassage: number;
  /**
   * Share of the question's names found anywhere in the best quote's article or its title (or, for a typo, in
   * its passage); 1 when there are none. "What did Macron say…" is not answered by an article that never
   * names him, however well its passage matches the other words.
   */
  readonly articleNameCoverage: number;
  /**
   * Share of the question's numbers ("2018", "144") found in the best quote's article or its title; 1 when
   * there are none. A year or amount the article never mentions means it is about another one: "How much
   * profit did Lufthansa make in 2010?" is not answered by the 2004 results.
   */
  readonly numberCoverage: number;
  /**
   * How well the best quote fits the kind of answer asked for (answerTypeFit: a new name for "who", a number
   * for "how many"); 1 when the question asks for no particular kind.
   */
  readonly typeFit: number;
  /**
   * Of the question's word weight the best quote's passage matches, the share its article's lede (title and
   * first passage) holds too; 1 when the passage is the lede (see ledeShare.ts). News questions ask about
   * what a story announces; a question whose story is missing finds a related story lower down.
   */
  readonly ledeShare: number;
  /**
   * 1 on a corpus of short pieces or few stories, 0 on many stories of many passages (news; see storyShape.ts).
   * Not fitted with the rest: its weight sets news questions' confidence on the scale of SQuAD's.
   */
  readonly storyShape: number;
  /** Best retrieval (BM25+) score divided by the question's total word weight times its number of terms. */
  readonly retrievalPerTerm: number;
  /**
   * Best retrieval score divided by the weight of a word absent from the corpus (the highest IDF). Unbounded:
   * the score is summed over terms and fields, times the number of terms matched (SQuAD mean about 12).
   */
  readonly retrievalStrength: number;
}

/** The order in which features meet the model's weights. */
export const EVIDENCE_FEATURES = [
  'passageCoverage',
  'sentenceCoverage',
  'relatedCoverage',
  'nameCoverage',
  'allNamesInPassage',
  'namesLeftToPassage',
  'articleNameCoverage',
  'numberCoverage',
  'typeFit',
  'ledeShare',
  'storyShape',
  'retrievalPerTerm',
  'retrievalStrength',
] as const satisfies readonly (keyof Evidence)[];

/** A fitted logistic model: standardise each feature ((x − mean) / scale), weigh, add the bias, squash. */
export interface ConfidenceModel {
  readonly mean: readonly number[];
  readonly scale: readonly number[];
  readonly weights: readonly number[];
  readonly bias: number;
}

const fittedFeatures = inFeatureOrder(
  EVIDENCE_FEATURES,
  FITTED_MODEL.confidence.features,
  'confidence.features',
);

/** The model fitted by scripts/fit/fitConfidence.ts, from data/fitted-model.json (how and on what: there). */
export const CONFIDENCE_MODEL: ConfidenceModel = {
  mean: fittedFeatures.map((f) => f.mean),
  scale: fittedFeatures.map((f) => f.scale),
  weights: fittedFeatures.map((f) => f.weight),
  bias: FITTED_MODEL.confidence.bias,
};

/**
 * Default threshold (the MIN_CONFIDENCE setting, when unset), 0 to 1: decline below it. Chosen by the fit to
 * answer nearly all answerable questions, since declining a question the articles do answer costs a user more
 * than a weak quote with its source; data/fitted-model.json has its figures and the stricter 95% threshold.
 */
export const MIN_CONFIDENCE: number = FITTED_MODEL.confidence.minConfidence.value;

export function featureVector(evidence: Evidence): number[] {
  return EVIDENCE_FEATURES.map((name) => evidence[name]);
}

/** The model's probability that the question is answered by the articles, in (0, 1). */
export function confidenceOf(evidence: Evidence, model: ConfidenceModel = CONFIDENCE_MODEL): number {
  let z = model.bias;
  featureVector(evidence).forEach((x, i) => {
    z += ((model.weights[i] ?? 0) * (x - (model.mean[i] ?? 0))) / (model.scale[i] ?? 1);
  });
  return 1 / (1 + Math.exp(-z));
}

/**
 * "How much…" (of a sum of money), "how many…" and "how old…": a figure the question itself asks for, not one a
 * head noun may misread ("What is the gas price cap?").
 */
const ASKS_FIGURE = { money: /\bhow much\b/i, count: /\bhow (?:many|old)\b/i } as const;

/**
 * Whether `question` asks for a sum of money, a count or an age and its best quote names none (answerTypeFit
 * 0), nor does any quote of its story that would be shown with it (scoring RELATIVE_KEEP of it): then no article
 * answers it, however well the quote matches its words ("How much did Microsoft pay for Lookout Software?"
 * found only "…its purchase of Lookout Software in early October", "How old is walker Jamie Costin?" a sentence
 * naming him). A question a story only half answers is the one news readers ask most after
 * the story's headline, and the confidence model, which reads how well the story matches, answered it. Not for
 * other amounts ("how much" land, "how fast", "what rate"), which SQuAD answers in words ("large areas",
 * "quickly", "little"), nor for a sum a head noun names ("What is the gas price cap?": the cap, maybe no sum).
 * On the news tuning halves: unanswerable crowd-style questions declined 4 → 6 of 10, every first quote
 * unchanged; test halves: crowd-style 4 → 5 declined, one answerable question of the first set's half-indexed
 * run declined; the held-out fresh set's half-indexed declined 73.9 → 75.4%; SQuAD through the CLI: answered
 * 96.3%, right paragraph and answer in the first quote unchanged, half-indexed answered 96.6 → 96.5%. Dates and
 * lengths of time were left out: "until at least 2006" answers "how long", "in the summer" answers "when", and
 * the tags read neither as such.
 */
export function figureMissing(
  type: AnswerType,
  question: string,
  quotes: readonly CandidateQuote[],
): boolean {
  const [best] = quotes;
  if (!best || best.features.answerTypeFit > 0) return false;
  if (!((type === 'money' || type === 'count') && ASKS_FIGURE[type].test(question))) return false;
  // A figure in a quote of the same story that would be shown with it (see RELATIVE_KEEP) answers it there.
  return !quotes.some(
    (q) =>
      q.score >= best.score * RELATIVE_KEEP &&
      q.passage.articleId === best.passage.articleId &&
      q.features.answerTypeFit > 0,
  );
}
