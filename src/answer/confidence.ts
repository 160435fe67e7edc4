/**
 * How likely it is that the articles answer a question, from the evidence of the search: a logistic model over
 * a few coverage features. The engine declines when it falls below MIN_CONFIDENCE.
 */

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

/**
 * Fitted by `npx tsx src/eval/squad/fitConfidence.ts <dev-v1.1.json>` on SQuAD v1.1 dev with the LAST 24
 * Wikipedia articles indexed and the questions of all 48 asked (answerable: those of the indexed 24). The
 * SQuAD eval's abstention split indexes the FIRST 24 instead, so the answerable and unanswerable questions
 * swap roles and the index is one the model never saw; the question texts themselves were fitting examples.
 */
export const CONFIDENCE_MODEL: ConfidenceModel = {
  mean: [0.607, 0.5604, 0.5949, 0.7961, 0.8351, 11.95],
  scale: [0.2766, 0.2811, 0.2736, 0.3713, 0.65, 13.38],
  weights: [0.2801, 0.4476, 1.237, 0.4926, 1.142, 1.973],
  bias: 1.369,
};

/**
 * Default threshold (the MIN_CONFIDENCE setting, when unset): decline below it. On the fitting split it answers
 * 98% of answerable questions: declining a question the articles do answer costs a user more than a weak quote
 * with its source. About 0.33 answers 95%, the operating point the SQuAD eval also reports.
 */
export const MIN_CONFIDENCE = 0.16;

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
