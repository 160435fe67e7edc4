/**
 * The word-matching features of candidate quotes (see rankFeatures.ts), computed in one pass over a quote's
 * tokens with scratch arrays reused across quotes: re-ranking scores some fifty quotes per question.
 */

/** BM25 parameters of the sentence-level score, and the sentence length (tokens) it is normalised to. */
const SENTENCE_BM25 = { k: 1.2, b: 0.75, averageLength: 25 } as const;

/** A passage's tokens as the question sees them. All arrays have one entry per token. */
export interface PassageHits {
  /** The question term (index into the query's terms) the token matches, or -1. */
  readonly term: Int32Array;
  /**
   * The question term after `term` that the token stands for as well, or -1: a compound written as one word
   * ("TimeWarner" for the question's "Time Warner", see prepareQuery.ts, Query.compounds).
   */
  readonly second: Int32Array;
  /** 1 for an exact match, less for a typo's fuzzy neighbour. */
  readonly strength: Float64Array;
  /** The question word (index into all the question's words) the token is exactly as written (lowercase), or -1. */
  readonly surface: Int32Array;
  /**
   * For a token that matches no question term: the question term it is related to in meaning (see
   * relatedTerms.ts), or -1; with the similarity in `relatedStrength`.
   */
  readonly related: Int32Array;
  readonly relatedStrength: Float64Array;
  /**
   * 1 for a token that may stand between two words of a phrase without breaking it: any word but a verb of
   * speech, unless the question has it ("president **of** Russia"; not "president **said** Russia").
   */
  readonly joiner: Uint8Array;
  /** 1 for a token written as a possessive ("Russia's", "players'"). */
  readonly possessive: Uint8Array;
}

/** What the question weighs: its search terms and all its words, with IDF weights. */
export interface QuestionWeights {
  readonly terms: Float64Array;
  readonly words: Float64Array;
  /**
   * The search terms' weights among the candidate passages: IDF times how rare the term is among them (see
   * resolveTerms.ts, localWeights). A word every candidate has tells them apart no better than a stop word.
   */
  readonly local: Float64Array;
  /**
   * 1 at term q when the question joins terms q and q+1 by "of" ("president of Russia"): the text may say it
   * the other way round, "Russia's president" or "Russian president" (see QuoteFeatureScratch.measure).
   */
  readonly ofPairs: Uint8Array;
}

export interface QuoteMatch {
  readonly matchedCount: number;
  readonly sentenceCoverage: number;
  readonly surfaceCoverage: number;
  readonly phrase: number;
  readonly bm25: number;
  readonly rareCoverage: number;
  readonly relatedCoverage: number;
  readonly localCoverage: number;
}

export class QuoteFeatureScratch {
  /** Best strength of each search term in the last quote measured (read it for the matched terms). */
  readonly strengths: Float64Array;
  private readonly relatedStrengths: Float64Array;
  private readonly tf: Float64Array;
  private readonly pairFound: Uint8Array;
  private readonly surfaceSeen: Uint8Array;
  // The sums the coverages divide by: the same for every quote of the question.
  private readonly termTotal: number;
  private readonly wordTotal: number;
  private readonly localTotal: number;
  private readonly rareTotal: number;

  constructor(private readonly weights: QuestionWeights) {
    const n = weights.terms.length;
    const sum = (values: Float64Array): number => values.reduce((a, b) => a + b, 0);
    this.termTotal = sum(weights.terms);
    this.wordTotal = sum(weights.words);
    this.localTotal = sum(weights.local);
    this.rareTotal = weights.terms.reduce((a, w) => a + w * w, 0);
    this.strengths = new Float64Array(n);
    this.relatedStrengths = new Float64Array(n);
    this.tf = new Float64Array(n);
    this.pairFound = new Uint8Array(n);
    this.surfaceSeen = new Uint8Array(weights.words.length);
  }

  /** The features of the quote made of tokens [from, to) of a passage. */
  measure(hits: PassageHits, from: number, to: number): QuoteMatch {
    const { weights, strengths, relatedStrengths, tf, pairFound, surfaceSeen } = this;
    const n = weights.terms.length;
    strengths.fill(0);
    relatedStrengths.fill(0);
    tf.fill(0);
    pairFound.fill(0);
    surfaceSeen.fill(0);
    let previous = -1;
    let previousAt = -Infinity;
    for (let i = from; i < to; i++) {
      const q = hits.term[i] as number;
      if (q >= 0) {
        const s = hits.strength[i] as number;
        if (s > (strengths[q] as number)) strengths[q] = s;
        tf[q] = (tf[q] as number) + s;
        // An adjacent pair of question terms, in order, next to each other or one joiner word apart:
        // "president of Russia", not "president said Russia".
        const gap = i - previousAt;
        if (previous >= 0 && q === previous + 1 && (gap === 1 || (gap === 2 && hits.joiner[i - 1] === 1))) {
          pairFound[previous] = 1;
        }
        // "X of Y" said the other way round: Y's possessive or a related form of Y right before X ("Russia's
        // president", "Russian President" for "president of Russia").
        if (weights.ofPairs[q] === 1 && i > from) {
          const before = i - 1;
          const y = q + 1;
          if (hits.term[before] === y && hits.possessive[before] === 1) pairFound[q] = 1;
          else if (hits.related[before] === y) {
            // "Russian President" says "president of Russia": there the related form is the term itself.
            pairFound[q] = 1;
            strengths[y] = 1;
            if ((tf[y] as number) < 1) tf[y] = 1;
          }
        }
        previous = q;
        previousAt = i;
        const next = hits.second[i] as number;
        if (next >= 0) {
          // The compound is the two words' phrase itself.
          strengths[next] = 1;
          tf[next] = (tf[next] as number) + 1;
          pairFound[q] = 1;
          previous = next;
        }
      }
      const surface = hits.surface[i] as number;
      if (surface >= 0) surfaceSeen[surface] = 1;
      const r = hits.related[i] as number;
      if (r >= 0 && (hits.relatedStrength[i] as number) > (relatedStrengths[r] as number)) {
        relatedStrengths[r] = hits.relatedStrength[i] as number;
      }
    }
    let matchedCount = 0;
    let covered = 0;
    let bm25 = 0;
    let rare = 0;
    let pairs = 0;
    let related = 0;
    let local = 0;
    const { k, b, averageLength } = SENTENCE_BM25;
    const norm = k * (1 - b + (b * (to - from)) / averageLength);
    for (let q = 0; q < n; q++) {
      const weight = weights.terms[q] as number;
      const s = strengths[q] as number;
      if (s > 0) matchedCount++;
      covered += weight * s;
      related += weight * Math.max(s, relatedStrengths[q] as number);
      local += (weights.local[q] as number) * s;
      const t = tf[q] as number;
      if (t > 0) bm25 += (weight * t * (k + 1)) / (t + norm);
      rare += weight * weight * s;
      pairs += pairFound[q] as number;
    }
    let surface = 0;
    // A loop, not forEach: a closure over `surface` was allocated for every quote measured.
    for (let w = 0; w < surfaceSeen.length; w++)
      surface += (surfaceSeen[w] as number) * (weights.words[w] as number);
    const { termTotal, wordTotal, localTotal, rareTotal } = this;
    return {
      matchedCount,
      sentenceCoverage: termTotal > 0 ? covered / termTotal : 0,
      surfaceCoverage: wordTotal > 0 ? surface / wordTotal : 0,
      phrase: n < 2 ? 0 : pairs / (n - 1),
      bm25: termTotal > 0 ? bm25 / (termTotal * (k + 1)) : 0,
      rareCoverage: rareTotal > 0 ? rare / rareTotal : 0,
      relatedCoverage: termTotal > 0 ? related / termTotal : 0,
      localCoverage: localTotal > 0 ? local / localTotal : 0,
    };
  }
}
