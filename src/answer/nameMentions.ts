/**
 * Whether a word of the text that spells one of the question's names is a mention of that name, or a part of a
 * longer name that means something else: "France" in "Agence France Presse" is a news agency, not the
 * country. A capitalised word with a capitalised word right before and right after it (one space or hyphen
 * between them, no punctuation) is the inner word of a longer name, unless those neighbours are words of the
 * question too ("New York" in "New York Stock Exchange" asked about New York). The first and last words of a
 * name are kept as mentions: "Kostas Kenteris" names Kenteris, "Boeing Chief Executive…" speaks of Boeing.
 */

import type { Article } from '../corpus/Article.js';
import { processTerm, tokenizeWithOffsets, type Token } from '../index/terms.js';

/** One space or one hyphen (dashes included) between two words of the same name. */
const NAME_JOIN = /^(?: |[-‐‑–])$/u;

/** A word's place in its text (UTF-16 offsets, end exclusive). */
type At = Pick<Token, 'start' | 'end'>;

const isCapitalised = (text: string, token: At | undefined): token is At =>
  token !== undefined && /^\p{Lu}/u.test(text.slice(token.start, token.end));

/**
 * True when tokens[i] of `text` sits inside a longer name, between capitalised words that are not among
 * `questionWords` (lowercase, see questionWordsOf).
 */
export function isInnerNameWord(
  text: string,
  tokens: readonly At[],
  i: number,
  questionWords: ReadonlySet<string>,
): boolean {
  const token = tokens[i];
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  if (!isCapitalised(text, token) || !isCapitalised(text, before) || !isCapitalised(text, after))
    return false;
  const joined = (a: At, b: At): boolean => NAME_JOIN.test(text.slice(a.end, b.start));
  if (!joined(before, token) || !joined(token, after)) return false;
  const foreign = (t: At): boolean => !questionWords.has(text.slice(t.start, t.end).toLowerCase());
  return foreign(before) && foreign(after);
}

/** Per article: its tokens with offsets (title and text apart), computed once while the article lives. */
const tokenCache = new WeakMap<Article, { title: Token[]; text: Token[] }>();

/**
 * The question's name terms (see prepareQuery's nameTerms) that `article` mentions as a name of their own in
 * its title or text, not only as the inner word of a longer name.
 */
export function namesMentioned(
  article: Article,
  nameTerms: readonly string[],
  questionWords: ReadonlySet<string>,
): Set<string> {
  let tokens = tokenCache.get(article);
  if (!tokens) {
    tokens = { title: tokenizeWithOffsets(article.title), text: tokenizeWithOffsets(article.text) };
    tokenCache.set(article, tokens);
  }
  const wanted = new Set(nameTerms);
  const found = new Set<string>();
  const scan = (text: string, list: readonly Token[]): void => {
    list.forEach((token, i) => {
      if (found.size === wanted.size) return;
      const term = processTerm(token.raw);
      if (term === null || !wanted.has(term) || found.has(term)) return;
      if (!isInnerNameWord(text, list, i, questionWords)) found.add(term);
    });
  };
  scan(article.title, tokens.title);
  scan(article.text, tokens.text);
  return found;
}
