import type { AnswerContext } from './AnswerContext.js';
import { storyRange } from '../passages/storyRange.js';
import type { CandidateQuote } from './CandidateQuote.js';
import type { Query } from './prepareQuery.js';
import { termResolver } from './resolveTerms.js';
import { titleTermsOf } from './titleTermsOf.js';

/**
 * Folder sizes (articles indexed) between which the lede's evidence grows from nothing to full, on a log
 * scale: among a few stories a question whose story is missing has no related story to find by a passing
 * mention, and people ask a few stories about their details; among a hundred or more (the news eval's halves
 * index 1,000-2,000) related stories abound.
 */
const FEW_STORIES = 10;
const MANY_STORIES = 100;

/**
 * Of the question's word weight (IDF) that the best quote's passage or title matches, the share its article's
 * lede (title and first passage) holds too, 0 to 1; 1 when the quote's passage is the lede, or when the passage
 * matches nothing. A question about a story asks about what the story is about, which its lede announces; a
 * question whose story is missing finds a related story that mentions the same things in passing, lower down.
 * Words are compared as index terms; a question word the corpus lacks (a typo, matched through a neighbour)
 * is held when the lede holds a neighbour of it, as retrieval matched it (see resolveTerms.ts). Among fewer
 * than MANY_STORIES stories searched the share moves towards 1 (see FEW_STORIES), and is 1 below FEW_STORIES;
 * `storiesSearched` is the folder's size, or 1 for a question asked of one story the user chose.
 */
export function ledeShare(
  ctx: AnswerContext,
  query: Query,
  best: CandidateQuote,
  storiesSearched: number,
): number {
  const weight = storiesWeight(storiesSearched);
  return weight === 0 ? 1 : 1 - weight * (1 - ledeHolds(ctx, query, best));
}

/** 0 for up to FEW_STORIES articles, 1 from MANY_STORIES, log-linear between (storyShape.ts reads it too). */
export function storiesWeight(articles: number): number {
  const t = Math.log(articles / FEW_STORIES) / Math.log(MANY_STORIES / FEW_STORIES);
  return Math.min(1, Math.max(0, t));
}

/** The share itself, ungraded by the folder's size. */
function ledeHolds(ctx: AnswerContext, query: Query, best: CandidateQuote): number {
  const { passage } = best;
  const [first] = storyRange(ctx.passages, passage.id);
  const lede = ctx.passages[first];
  const article = ctx.articles.get(passage.articleId);
  if (first === passage.id || !lede || !article) return 1;
  const ledeTerms = new Set<string | null>(titleTermsOf(article));
  for (const token of ctx.tokenCache.get(article.text, lede).tokens) ledeTerms.add(token.term);
  let matched = 0;
  let held = 0;
  let typosHeld: ReadonlySet<number> | undefined;
  for (const q of best.passageTerms) {
    const term = query.terms[q];
    const weight = query.weights[q] ?? 0;
    if (term === undefined) continue;
    matched += weight;
    if (ledeTerms.has(term)) held += weight;
    else if (!ctx.index.hasTerm(term)) {
      typosHeld ??= neighboursHeld(query, ledeTerms);
      if (typosHeld.has(q)) held += weight;
    }
  }
  return matched > 0 ? held / matched : 1;
}

/** The question terms (indexes) that a term of `ledeTerms` stands for as a fuzzy neighbour or slip. */
function neighboursHeld(query: Query, ledeTerms: ReadonlySet<string | null>): ReadonlySet<number> {
  const resolve = termResolver(query.terms, query.slips);
  const found = new Set<number>();
  for (const term of ledeTerms) {
    const hit = term ? resolve(term) : null;
    if (hit) found.add(hit.index);
  }
  return found;
}
