import type { Passage } from '../passages/buildPassages.js';
import type { Span } from '../passages/Span.js';
import type { QuoteCut } from './AnswerResult.js';
import type { Evidence } from './confidence.js';
import type { Query } from './prepareQuery.js';
import type { UnitFeatures } from './rankFeatures.js';

/** One candidate quote (see rankQuotes): a sentence, a pair of adjacent sentences, or a window of a long sentence. */
export interface CandidateQuote {
  readonly passage: Passage;
  readonly span: Span;
  /** Which sides of the span were cut from a long sentence (see quoteSpans). */
  readonly cut: QuoteCut;
  readonly score: number;
  /** The question terms the quote matches, typos' neighbours included. */
  readonly matched: readonly string[];
  readonly features: UnitFeatures;
  /** The question terms (indexes) the quote's passage or its title matches, typos' neighbours included. */
  readonly passageTerms: ReadonlySet<number>;
  /**
   * A continuation (a later sentence quoted alone, see quoteSpans) that holds the kind of answer asked for no
   * better than the sentence it continues: it may be a further excerpt, never the first.
   */
  readonly secondary: boolean;
  /**
   * Where the quote is shown from instead of its own start (see withSentenceBefore): for a continuation whose
   * own words match none of the question's, the sentence it continues, which holds them; for a quote without
   * the asked kind of answer that points back ("The fair…", "It…"), the sentence naming what it points to (see
   * referentBefore.ts). Undefined for every other quote.
   */
  readonly follows?: Span | undefined;
}

/** The ranked quotes for a question, and how confident an answer from them is. */
export interface Ranking {
  /** The query as the quotes were weighed (see withTypoWeights). */
  readonly query: Query;
  /** Best first. */
  readonly quotes: readonly CandidateQuote[];
  /** What the confidence model read; null when nothing matches or a rule declines (see succession.ts). */
  readonly evidence: Evidence | null;
  /** 0 to 1; 0 when nothing matches. */
  readonly confidence: number;
}
