import type { Article } from '../corpus/Article.js';
import { processTerm, tokenize } from '../index/terms.js';

/** Each article's title terms, kept while the article lives (see titleTermsOf). */
const titleTerms = new WeakMap<Article, readonly string[]>();

/**
 * The index term of each word of `article`'s title, in order, '' for a stop word. Re-ranking reads a
 * passage's title for every candidate passage of every question; the title of an article never changes (a
 * rebuilt article is a new object, read afresh).
 */
export function titleTermsOf(article: Article): readonly string[] {
  let terms = titleTerms.get(article);
  if (!terms) {
    terms = tokenize(article.title).map((raw) => processTerm(raw) ?? '');
    titleTerms.set(article, terms);
  }
  return terms;
}
