import type { Passage } from '../passages/buildPassages.js';
import { leadInArticle } from './leadInArticle.js';
import type { CandidateQuote } from './CandidateQuote.js';

/**
 * Share of the first quote's score that a quote of its article's top paragraphs must reach to lead in its place
 * (see ledeFirst). On the news tuning halves (first quote right, of 109 headline questions over the headless BBC
 * corpus / of 163 of the first set), measured again at h-first5's 7c9074c: without this rule 46 / 119; with the
 * first two paragraphs leading (as now) 0.9 51 / 121, 0.8 51 / 122, 0.7 53 / 122, 0.6 53 / 122, 0.5 53 / 122.
 * Of the plateau, the share that displaces the fewest first quotes. SQuAD through the CLI (one paragraph a
 * file, so every quote is in the lede) unchanged.
 */
const LEDE_KEEP = 0.7;

/**
 * The story's top paragraphs (see ledeFirst): a first quote from a later one may be displaced by a quote of
 * these. At 0.7 (LEDE_KEEP), measured as there: 1 (the lede alone displacing any later paragraph) 52 / 118,
 * the second paragraph often carrying the fact a question asks for as the lede would; 3, 49 / 120; 2, 53 / 122.
 */
const LEDE_DEPTH = 2;

/**
 * Puts first, when the first quote comes from its article's third paragraph or later (see LEDE_DEPTH), the best
 * quote of the same article's first two paragraphs that fits the asked kind of answer better (answerTypeFit), or as
 * well while matching as much of the question (sentenceCoverage no lower), when it scores at least LEDE_KEEP of
 * the first. News puts the facts a reader asks about first (the inverted pyramid): a paragraph deep in the
 * story that matches the question as well mostly restates, quotes or elaborates what the lede says. `passages`
 * are the index's, each article's in order (a passage's id is its index); `quotes` are ranked best first, the
 * first one that may lead first; reordered in place.
 */
export function ledeFirst(quotes: CandidateQuote[], passages: readonly Passage[]): void {
  // Whether a quote's passage is among its article's first LEDE_DEPTH (no passage of its article that far back).
  const inLede = (q: CandidateQuote): boolean =>
    passages[q.passage.id - LEDE_DEPTH]?.articleId !== q.passage.articleId;
  const [first] = quotes;
  if (!first || inLede(first)) return;
  const { answerTypeFit: fit, sentenceCoverage: coverage } = first.features;
  leadInArticle(
    quotes,
    LEDE_KEEP,
    (q) =>
      inLede(q) &&
      (q.features.answerTypeFit > fit ||
        (q.features.answerTypeFit === fit && q.features.sentenceCoverage >= coverage)),
  );
}
