/**
 * Whether a word of the text that spells one of the question's names mentions that name, for the confidence
 * model's name coverage (see confidence.ts). Two spellings are not mentions:
 * - the inner word of a longer name, which means something else: "France" in "Agence France Presse" is a news
 *   agency, not the country. A capitalised word with a capitalised word right before and right after it (one
 *   space or hyphen between them, no punctuation) is such a word, unless those neighbours are words of the
 *   question too ("New York" in "New York Stock Exchange" asked about New York). The first and last words of
 *   a name are kept: "Kostas Kenteris" names Kenteris, "Boeing Chief Executive…" speaks of Boeing.
 * - a word the text writes in lower case, when the question writes the name with a capital among words in
 *   lower case: "The Four Seasons" is not in "four seasons ago", nor "Nintendo Switch" in "switch".
 */

import type { Article } from '../corpus/Article.js';
import { processTerm, tokenizeWithOffsets, type Token } from '../index/terms.js';
import type { PassageTokens } from './passageTokens.js';
import type { RelatedTerms } from './relatedTerms.js';

/** One space or one hyphen (dashes included) between two words of the same name. */
const NAME_JOIN = /^(?: |[-‐‑–])$/u;

/** A word's place in its text (UTF-16 offsets, end exclusive). */
type At = Pick<Token, 'start' | 'end'>;

const isCapitalised = (text: string, token: At | undefined): token is At =>
  token !== undefined && /^\p{Lu}/u.test(text.slice(token.start, token.end));

/** How the question's names are looked for. */
export interface NameQuery {
  /** The question's name terms (see prepareQuery's nameTerms). */
  readonly names: readonly string[];
  /** The question's words, lowercase (see questionWordsOf). */
  readonly words: ReadonlySet<string>;
  /**
   * Whether a name must be capitalised in the text too: when the question writes some of its search terms in
   * lower case, so its capitals mark names (a question in Title Case or capitals marks nothing).
   */
  readonly caseMatters: boolean;
}

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

/** Whether tokens[i] of `text`, which spells a question name, mentions it (see the file comment). */
function isMention(text: string, tokens: readonly At[], i: number, query: NameQuery): boolean {
  if (query.caseMatters && !isCapitalised(text, tokens[i])) return false;
  return !isInnerNameWord(text, tokens, i, query.words);
}

/** Per article: its tokens with offsets (title and text apart), computed once while the article lives. */
const tokenCache = new WeakMap<Article, { title: Token[]; text: Token[] }>();

/** The question's names that `article` mentions in its title or text. */
export function namesMentioned(article: Article, query: NameQuery): Set<string> {
  let tokens = tokenCache.get(article);
  if (!tokens) {
    tokens = { title: tokenizeWithOffsets(article.title), text: tokenizeWithOffsets(article.text) };
    tokenCache.set(article, tokens);
  }
  const wanted = new Set(query.names);
  const found = new Set<string>();
  const scan = (text: string, list: readonly Token[]): void => {
    list.forEach((token, i) => {
      if (found.size === wanted.size) return;
      const term = processTerm(token.raw);
      if (term === null || !wanted.has(term) || found.has(term)) return;
      if (isMention(text, list, i, query)) found.add(term);
    });
  };
  scan(article.title, tokens.title);
  scan(article.text, tokens.text);
  return found;
}

/**
 * The question's names that a passage's words spell without mentioning them (every spelling is
 * inner or in the wrong case): the passage's word matches them, but not the name.
 */
export function namesOnlySpelled(text: string, { tokens }: PassageTokens, query: NameQuery): Set<string> {
  const names = new Set(query.names);
  const spelled = new Set<string>();
  const mentioned = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    const term = tokens[i]?.term;
    if (term === null || term === undefined || !names.has(term)) continue;
    (isMention(text, tokens, i, query) ? mentioned : spelled).add(term);
  }
  return new Set([...spelled].filter((t) => !mentioned.has(t)));
}

/**
 * `table` (see relatedTerms.ts) as the question's names may use it: a name matches by its spelling, so of the
 * words "related" to it only those that extend it or that it extends (Iran: Iranian) are kept. The others are
 * its peers (France: Britain, Spain; Blair: Chirac), another country or person, as Tuesday is another day
 * than Monday.
 */
export function relatedForNames(table: RelatedTerms, names: readonly string[]): RelatedTerms {
  const named = new Set(names);
  return {
    get(term) {
      const related = table.get(term);
      if (!named.has(term) || related === undefined) return related;
      return related.filter((r) => r.term.startsWith(term) || term.startsWith(r.term));
    },
  };
}
