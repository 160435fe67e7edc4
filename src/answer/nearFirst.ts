import { leadInArticle } from './leadInArticle.js';
import type { CandidateQuote } from './CandidateQuote.js';

/**
 * Share of the first quote's score that a quote must reach to lead in its place (see nearFirst). On the news
 * tuning half (data/eval/bbc-news-qa.json, split "tune"; first quote right of 163, 114 without this rule):
 * 0.95 116; 0.9 118; 0.85 118; 0.8 118; 0.7 117. SQuAD v1.1 dev, one paragraph an article (R@1 81.67 and
 * answer in the first quote 74.75 without it): 0.9 81.67 / 74.82; 0.85 81.67 / 74.72; 0.8 81.67 / 74.65. Of
 * the news plateau, the share that costs SQuAD least. (Letting quotes of other articles lead too did no
 * better on the news: 117 at 0.9, 116 at 0.85, 114 at 0.8, before NEAR_ENOUGH.)
 */
const NEAR_KEEP = 0.9;

/**
 * The nearness (see typedNearness.ts) at which the first quote's own mention of the asked kind, when sure
 * (answerTypeFit 1), is near enough to keep it first: one word from the question's words ("the men, **aged**
 * 24" for "How old were the men?", where "three men" beside "men" counts the men rather than giving ages).
 * On the news tuning half 0.25 gave 118 of 163, 1 (any first quote not right next to them) 117.
 */
export const NEAR_ENOUGH = 0.25;

/**
 * Puts first the best quote of the first quote's article whose new mention of the asked kind stands right
 * next to the question's words (answerTypeFit 1 and typedNearness 1), when the first quote has no sure
 * mention that near (see NEAR_ENOUGH) and that quote scores at least NEAR_KEEP of it. For questions asking
 * for a named thing (an amount, a date, a name). A news story restates the question in one sentence and
 * answers it in another, where the answer stands beside the words that ask for it ("… said BRC director
 * general **Kevin Hawkins**" for "Who is director general of the British Retail Consortium?", "UKIP leader
 * **Roger Knapman** says…" for "Who leads UKIP?", "as she earned **$54.9m**" for "How much did Madonna
 * earn…?", "MP for **Richmond**" for "Which constituency…?"); the restating sentence matches more of the
 * question's words and so scores a little higher. `quotes` are ranked best first, the first one that may
 * lead first; reordered in place.
 */
export function nearFirst(quotes: CandidateQuote[]): void {
  const [first] = quotes;
  if (!first || (first.features.answerTypeFit >= 1 && first.features.typedNearness >= NEAR_ENOUGH)) return;
  leadInArticle(quotes, NEAR_KEEP, (q) => q.features.answerTypeFit >= 1 && q.features.typedNearness >= 1);
}
