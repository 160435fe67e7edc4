import type { AnswerContext } from './AnswerContext.js';
import type { Query } from './prepareQuery.js';
import { isLeftOutOfRelatedTerms } from './relatedTerms.js';

/**
 * The search terms of `query` that are plain typos: words of letters only that no article has and that the
 * related-terms table (some 31,000 words of news English) does not list either, such as "puitn" or "trooop".
 * A fuzzy neighbour of such a word is almost always the word meant, so it counts nearly as the word itself
 * (TYPO_WEIGHT in retrieval, TYPO_STRENGTH in the re-ranker's coverage). An English word the articles lack is
 * not one ("world" is not "word"), nor a number ("2018" is not "2008"), nor a number, day or month in words,
 * which the table leaves out on purpose (isLeftOutOfRelatedTerms: "sixth" is not "sixty").
 */
export function plainTypos(ctx: AnswerContext, query: Query): ReadonlySet<string> {
  const written = new Map(query.allWords.terms.map((term, i) => [term, query.allWords.surfaces[i] ?? '']));
  const typos = new Set<string>();
  for (const term of query.terms) {
    if (
      /^[a-z]+$/.test(term) &&
      !ctx.index.hasTerm(term) &&
      ctx.relatedTerms.get(term) === undefined &&
      !isLeftOutOfRelatedTerms(written.get(term) ?? term)
    )
      typos.add(term);
  }
  return typos;
}
