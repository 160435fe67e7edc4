import type { Passage } from '../passages/buildPassages.js';
import { leadInArticle } from './leadInArticle.js';
import type { CandidateQuote } from './rankQuotes.js';

/**
 * Share of the first quote's score that a quote of its article's first paragraph must reach to lead in its
 * place (see ledeFirst). On the news tuning halves (first quote right, of 109 headline questions over the
 * headless BBC corpus / of 163 of the first set; 46 / 119 without this rule): 0.9 48 / 121; 0.8 48 / 121; 0.7
 * 50 / 121; 0.6 50 / 121; 0.5 50 / 121. SQuAD through the CLI (one paragraph a file) unchanged at any share.
 */
const LEDE_KEEP = 0.7;

/**
 * How many paragraphs of its article come before a first quote that the lede may displace (see ledeFirst). At 1
 * (any quote after the first paragraph) the news tuning halves gave 51 / 118: the second paragraph often
 * carries the fact a question asks for as a lede would; at 2, 50 / 121.
 */
const LEDE_DEPTH = 2;

/**
 * Puts first, when the first quote comes from its article's third paragraph or later (see LEDE_DEPTH), the best
 * quote of the same article's first paragraph that fits the asked kind of answer better (answerTypeFit), or as
 * well while matching as much of the question (sentenceCoverage no lower), when it scores at least LEDE_KEEP of
 * the first. News puts the facts a reader asks about first (the inverted pyramid): a paragraph deep in the
 * story that matches the question as well mostly restates, quotes or elaborates what the lede says. `passages`
 * are the index's, each article's in order (a passage's id is its index); `quotes` are ranked best first, the
 * first one that may lead first; reordered in place.
 */
export function ledeFirst(quotes: CandidateQuote[], passages: readonly Passage[]): void {
  const [first] = quotes;
  if (!first || passages[first.passage.id - LEDE_DEPTH]?.articleId !== first.passage.articleId) return;
  const { answerTypeFit: fit, sentenceCoverage: coverage } = first.features;
  leadInArticle(
    quotes,
    LEDE_KEEP,
    (q) =>
      passages[q.passage.id - 1]?.articleId !== q.passage.articleId &&
      (q.features.answerTypeFit > fit ||
        (q.features.answerTypeFit === fit && q.features.sentenceCoverage >= coverage)),
  );
}
