import type { CandidateQuote } from './CandidateQuote.js';

/**
 * Puts first the best quote of the first quote's article that `leads` picks, when it may lead and scores at
 * least `keep` of the first. What nameFirst, reasonFirst and nearFirst share: news restates the question in
 * one sentence and answers it in another of the same story. `quotes` are ranked best first, the first one that
 * may lead first; reordered in place.
 */
export function leadInArticle(
  quotes: CandidateQuote[],
  keep: number,
  leads: (quote: CandidateQuote) => boolean,
): void {
  const [first] = quotes;
  if (!first) return;
  const k = quotes.findIndex(
    (q) =>
      !q.secondary &&
      q.passage.articleId === first.passage.articleId &&
      leads(q) &&
      q.score >= first.score * keep,
  );
  if (k > 0) quotes.unshift(...quotes.splice(k, 1));
}

/**
 * When the first quote fits the kind of answer asked for not at all (answerTypeFit 0), puts first the best
 * quote of its article that fits it (answerTypeFit above 0) at `keep` of its score (see leadInArticle).
 */
export function typedInArticleFirst(quotes: CandidateQuote[], keep: number): void {
  if ((quotes[0]?.features.answerTypeFit ?? 1) > 0) return;
  leadInArticle(quotes, keep, (q) => q.features.answerTypeFit > 0);
}
