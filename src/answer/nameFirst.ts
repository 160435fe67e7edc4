import type { AnswerType } from './answerType.js';
import type { CandidateQuote } from './rankQuotes.js';
import { typedInArticleFirst } from './leadInArticle.js';

/** The answer types asking for a name: a person's, an organisation's or a place's. */
export const NAME_TYPES: ReadonlySet<AnswerType> = new Set<AnswerType>(['person', 'organisation', 'place']);

/**
 * Share of the first quote's score that a quote naming someone must reach to lead in its place (see
 * nameFirst). On the tuning halves of the news sets (first quote right, of 109 headline questions over the
 * headless BBC corpus and of 163 of the first set; 40 and 117 without this rule) any share from 0.7 to 0.95
 * gave 42 and 117. SQuAD answer in the first quote (74.91 without it): 0.9 74.94, 0.7 74.79. Of the plateau,
 * a share that costs SQuAD nothing. nearFirst (nearFirst.ts) may then put another quote ahead at 0.9 of this
 * one's score: 0.81 of the best.
 */
const NAME_KEEP = 0.9;

/**
 * Puts first, for a question asking for a name (see NAME_TYPES) whose first quote names nothing new
 * (answerTypeFit 0: no person, organisation or capitalised word the question lacks), the best quote of the
 * same article that does, when it scores at least NAME_KEEP of the first. A news lede restates the question
 * without its answer, in the passive or with a description ("Tony Blair is being urged to … double aid", "A
 * mobile phone chip … could make phones cheaper") and names the doer later ("…, Oxfam says in a report",
 * "developed by Texas Instruments"); a quote that names no one cannot say who. `quotes` are ranked best
 * first, the first one that may lead first; reordered in place.
 */
export function nameFirst(quotes: CandidateQuote[]): void {
  typedInArticleFirst(quotes, NAME_KEEP);
}
