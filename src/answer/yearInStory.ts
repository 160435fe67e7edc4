import type { Article } from '../corpus/Article.js';

/** "this year", "last season", "next year", "a year ago": a year the story names by its own date. */
const RELATIVE_YEAR = /\b(this|last|next) (?:year|season)\b|\ba year (?:ago|earlier)\b/gi;

/** A four-digit year, as an index term. */
const YEAR = /^(?:19|20)\d\d$/;

/**
 * Whether `article` speaks of the year `term` (an index term of the question) without writing it: news names
 * the year it is written in as "this year", the one before as "last year" ("Unilever plans to spend 500m euros
 * this year buying back shares" answers "…in 2005?"). With a publication date, the year it falls in and the
 * relative years the text uses; without one (the BBC corpus has none), a relative year beside a year one apart
 * ("2004 profits" and "this year" in a story of 2005). A story that never says the year, as of a World Cup a
 * question dates 2018 while the story's are of the 1990s, does not speak of it. `articleTerms` are the article's
 * index terms (title and text).
 */
export function speaksOfYear(article: Article, articleTerms: ReadonlySet<string>, term: string): boolean {
  if (!YEAR.test(term)) return false;
  const year = Number(term);
  const relative = new Set<string>();
  for (const match of article.text.matchAll(RELATIVE_YEAR)) relative.add((match[1] ?? 'last').toLowerCase());
  if (relative.size === 0) return false;
  const written = article.date === null ? null : Number(article.date.slice(0, 4));
  if (written !== null) {
    return (
      (relative.has('this') && written === year) ||
      (relative.has('last') && written - 1 === year) ||
      (relative.has('next') && written + 1 === year)
    );
  }
  return articleTerms.has(String(year - 1)) || articleTerms.has(String(year + 1));
}
