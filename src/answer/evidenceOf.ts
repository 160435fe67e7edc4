import type { Article } from '../corpus/Article.js';
import type { IndexHit } from '../index/PassageIndex.js';
import { termsOf } from '../index/terms.js';
import type { AnswerContext } from './AnswerContext.js';
import type { Evidence } from './confidence.js';
import { ledeShare } from './ledeShare.js';
import { speaksOfYear } from './yearInStory.js';
import { storyShape } from './storyShape.js';
import { namesMentioned, namesOnlySpelled, relatedForNames, type NameQuery } from './nameMentions.js';
import type { Query } from './prepareQuery.js';
import type { CandidateQuote } from './CandidateQuote.js';

/**
 * What the confidence model reads of a ranking: how well the best quote, its passage and its article cover the
 * question's terms, names and numbers, how well it fits the kind of answer asked for, and how strongly retrieval
 * matched. Null when nothing matches. `storiesSearched`: the folder's size, or 1 when the question was asked of
 * one story (see ledeShare).
 */
export function evidenceOf(
  ctx: AnswerContext,
  query: Query,
  quotes: readonly CandidateQuote[],
  results: readonly IndexHit[],
  storiesSearched: number,
): Evidence | null {
  const best = quotes[0];
  const top = results[0];
  if (!best || !top) return null;
  const names = query.nameTerms;
  const article = ctx.articles.get(best.passage.articleId);
  const nameQuery: NameQuery = {
    names,
    words: query.words,
    // A question whose search terms are all capitalised (Title Case, capitals, or names only) marks no names.
    caseMatters: names.length < query.terms.length,
  };
  // A name the passage only spells ("France" in "Agence France Presse", "four seasons" for "The Four Seasons")
  // is not there.
  const passageTokens = article ? ctx.tokenCache.get(article.text, best.passage) : null;
  const spelledOnly =
    article && passageTokens ? namesOnlySpelled(article.text, passageTokens, nameQuery) : new Set<string>();
  // A name is there too when the passage writes another form of it, "Russia" for "Russian", "Iranian" for
  // "Iran": the related words the ranker lets a name match (see relatedForNames).
  const forms = relatedForNames(ctx.relatedTerms, names);
  const passageWords = new Set(passageTokens?.tokens.map((t) => t.term) ?? []);
  const inPassage = (t: string): boolean =>
    (best.passageTerms.has(query.terms.indexOf(t)) && !spelledOnly.has(t)) ||
    (forms.get(t) ?? []).some((r) => passageWords.has(r.term));
  // The quote's own words: a quote that continues a sentence (see followOnSentence) matches that sentence's
  // terms too, but names only what it says itself.
  const quoteTerms = new Set(article ? termsOf(article.text.slice(best.span.start, best.span.end)) : []);
  const absentTermWeight = ctx.index.absentTermIdf;
  const articleTerms = article ? termsOfArticle(article) : new Set<string>();
  const articleNames = article ? namesMentioned(article, nameQuery, articleTerms, forms) : new Set<string>();
  const share = (list: readonly string[], has: (t: string) => boolean): number =>
    list.length === 0 ? 1 : list.filter(has).length / list.length;
  return {
    passageCoverage: best.features.passageCoverage,
    sentenceCoverage: best.features.sentenceCoverage,
    relatedCoverage: best.features.relatedCoverage,
    nameCoverage: share(names, inPassage),
    allNamesInPassage: names.every(inPassage) ? 1 : 0,
    namesLeftToPassage: 1 - share(names, (t) => quoteTerms.has(t) && !spelledOnly.has(t)),
    articleNameCoverage: share(names, (t) => inPassage(t) || articleNames.has(t)),
    numberCoverage: share(
      query.numberTerms,
      (t) => articleTerms.has(t) || (article !== undefined && speaksOfYear(article, articleTerms, t)),
    ),
    typeFit: query.type === 'other' ? 1 : best.features.answerTypeFit,
    ledeShare: ledeShare(ctx, query, best, storiesSearched),
    storyShape: storyShape(ctx.articles.size, ctx.passages.length, storiesSearched),
    retrievalPerTerm: query.totalWeight > 0 ? top.score / (query.totalWeight * query.terms.length) : 0,
    retrievalStrength: top.score / absentTermWeight,
  };
}

/** Each article's index terms (title and text), kept while the article lives: popular articles are asked often. */
const articleTermCache = new WeakMap<Article, ReadonlySet<string>>();

function termsOfArticle(article: Article): ReadonlySet<string> {
  let terms = articleTermCache.get(article);
  if (!terms) {
    terms = new Set(termsOf(`${article.title}\n${article.text}`));
    articleTermCache.set(article, terms);
  }
  return terms;
}
