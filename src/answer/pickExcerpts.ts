import { processTerm, tokenizeWithOffsets } from '../index/terms.js';
import type { Span } from '../passages/Span.js';
import type { AnswerContext } from './AnswerContext.js';
import type { Excerpt } from './AnswerResult.js';
import { editDistance } from './editDistance.js';
import type { CandidateQuote } from './rankQuotes.js';

/**
 * A further excerpt must match at least this share of the question's word weight (IDF) in its passage, so
 * the second and third quotes are about the question too. (Whether to answer at all is decided by the
 * confidence model, see confidence.ts.)
 */
const MIN_COVERAGE = 0.4;
/** Further excerpts must score at least this share of the best one's score. */
const RELATIVE_KEEP = 0.7;
/** Score multiplier for a further excerpt from an article already quoted: each source's version first. */
const SAME_ARTICLE_FACTOR = 0.8;

/**
 * The excerpts to show, best first: the best quote, then up to `maxExcerpts - 1` more that score close to it,
 * are about the question, do not overlap one already chosen, and preferably come from other articles.
 * `quotes` is ranked best first and not empty.
 */
export function pickExcerpts(
  ctx: AnswerContext,
  quotes: readonly [CandidateQuote, ...CandidateQuote[]],
  maxExcerpts: number,
): [Excerpt, ...Excerpt[]] {
  const [best] = quotes;
  const chosen: CandidateQuote[] = [best];
  const floor = best.score * RELATIVE_KEEP;
  while (chosen.length < maxExcerpts) {
    let pick: CandidateQuote | undefined;
    let pickScore = floor;
    for (const quote of quotes) {
      if (quote.score < floor) break;
      if (quote.features.passageCoverage < MIN_COVERAGE || chosen.some((c) => overlaps(c, quote))) continue;
      const seen = chosen.some((c) => c.passage.articleId === quote.passage.articleId);
      const adjusted = quote.score * (seen ? SAME_ARTICLE_FACTOR : 1);
      if (adjusted >= pickScore && (pick === undefined || adjusted > pickScore)) {
        pick = quote;
        pickScore = adjusted;
      }
    }
    if (!pick) break;
    chosen.push(pick);
  }
  return chosen.map((quote) => toExcerpt(ctx, quote)) as [Excerpt, ...Excerpt[]];
}

function overlaps(a: CandidateQuote, b: CandidateQuote): boolean {
  return (
    a.passage.articleId === b.passage.articleId && a.span.start < b.span.end && b.span.start < a.span.end
  );
}

function toExcerpt(ctx: AnswerContext, candidate: CandidateQuote): Excerpt {
  const article = ctx.articles.get(candidate.passage.articleId);
  if (!article) throw new Error(`Unknown article ${candidate.passage.articleId}`);
  const quote = article.text.slice(candidate.span.start, candidate.span.end);
  return {
    sourceId: article.id,
    title: article.title,
    date: article.date,
    quote,
    start: candidate.span.start,
    end: candidate.span.end,
    score: Math.round(candidate.score * 1000) / 1000,
    matchedTerms: candidate.matched,
    highlights: highlightsOf(quote, candidate.matched),
    cut: candidate.cut,
  };
}

/** Spans of the words of `quote` whose index term is one of `matched` (fuzzy matches included). */
function highlightsOf(quote: string, matched: readonly string[]): Span[] {
  const wanted = new Set(matched);
  const spans: Span[] = [];
  for (const token of tokenizeWithOffsets(quote)) {
    const term = processTerm(token.raw);
    if (term === null) continue;
    if (wanted.has(term) || matched.some((m) => m.length >= 5 && editDistance(m, term, 1) <= 1)) {
      spans.push({ start: token.start, end: token.end });
    }
  }
  return spans;
}
