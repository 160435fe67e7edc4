import type { CandidateQuote } from './rankQuotes.js';

/**
 * Puts first, when the first quote fits the kind of answer asked for not at all (answerTypeFit 0), the best
 * quote of the same article that fits it (answerTypeFit above 0) and scores at least `keep` of the first. The
 * shape of nameFirst and reasonFirst: news restates the question in one sentence and answers it in another of
 * the same story. `quotes` are ranked best first, the first one that may lead first; reordered in place.
 */
export function typedInArticleFirst(quotes: CandidateQuote[], keep: number): void {
  const [first] = quotes;
  if (!first || first.features.answerTypeFit > 0) return;
  const k = quotes.findIndex(
    (q) =>
      !q.secondary &&
      q.passage.articleId === first.passage.articleId &&
      q.features.answerTypeFit > 0 &&
      q.score >= first.score * keep,
  );
  if (k > 0) quotes.unshift(...quotes.splice(k, 1));
}
