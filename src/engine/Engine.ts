import type { AnswerOptions, AnswerResult } from '../answer/AnswerResult.js';
import type { Ranking } from '../answer/CandidateQuote.js';
import type { Article, Corpus } from '../corpus/Article.js';

/**
 * The answer engine over one loaded corpus: what every presentation (Discord, terminal, JSON) calls.
 * It never touches the network and never imports discord.js.
 */
export interface Engine {
  readonly corpus: Corpus;
  /** Indexed articles in stable order (duplicates folded into their first copy). */
  readonly articles: readonly Article[];
  /** Number of indexed passages. */
  readonly passageCount: number;
  /** Answers one question; never throws for any string input. */
  answer(question: string, options?: AnswerOptions): AnswerResult;
  /** The article with this id, or the original of a duplicate id; undefined when unknown. */
  getArticle(id: string): Article | undefined;
  /** Passages indexed for one article id (0 when unknown). */
  passageCountOf(id: string): number;
  /**
   * Articles whose id or title best match `query` (prefix, substring, then fuzzy), best first, at most `limit`.
   * An empty query lists the first `limit` articles. Used for autocomplete and "did you mean".
   */
  suggestArticles(query: string, limit: number): Article[];
  /**
   * Every candidate quote for `question`, best first, with the confidence `answer` decides on; null for a
   * question `answer` would refuse. For the evaluation tools (recall metrics, abstention curves, fitting).
   */
  rankQuestion(question: string): Ranking | null;
}
