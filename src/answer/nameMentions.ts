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

/**
 * What an article says of names, kept while the article lives (popular articles are asked often): the terms
 * it writes capitalised other than as an inner name word, and for each term it writes as an inner name word
 * the words around it (lowercase) and whether it also writes the term otherwise. Small beside the article's
 * tokens: the bot keeps it for every article it has quoted.
 */
interface ArticleNames {
  readonly capitalised: ReadonlySet<string>;
  readonly inner: ReadonlyMap<string, { readonly around: string[][]; alsoOtherwise: boolean }>;
}

const articleNamesCache = new WeakMap<Article, ArticleNames>();

function articleNamesOf(article: Article): ArticleNames {
  const cached = articleNamesCache.get(article);
  if (cached) return cached;
  const capitalised = new Set<string>();
  const inner = new Map<string, { around: string[][]; alsoOtherwise: boolean }>();
  const otherwise = new Set<string>();
  const none: ReadonlySet<string> = new Set();
  // A title in Title Case capitalises every word, as if all were one name: its words are taken as written.
  for (const [text, titled] of [
    [article.title, true],
    [article.text, false],
  ] as const) {
    const tokens = tokenizeWithOffsets(text);
    tokens.forEach((token, i) => {
      const term = processTerm(token.raw);
      if (term === null) return;
      if (!titled && isInnerNameWord(text, tokens, i, none)) {
        const entry = inner.get(term) ?? { around: [], alsoOtherwise: false };
        const word = (t: Token | undefined): string => t?.raw.toLowerCase() ?? '';
        entry.around.push([word(tokens[i - 1]), word(tokens[i + 1])]);
        inner.set(term, entry);
        return;
      }
      otherwise.add(term);
      if (isCapitalised(text, token)) capitalised.add(term);
    });
  }
  for (const [term, entry] of inner) entry.alsoOtherwise = otherwise.has(term);
  const names: ArticleNames = { capitalised, inner };
  articleNamesCache.set(article, names);
  return names;
}

/**
 * The question's names that `article` mentions in its title or text, itself or in another form of it that
 * `forms` gives ("Kyrgyz" voters for "Kyrgyzstan's elections", see relatedForNames). `articleTerms` are the
 * article's index terms (see termsOf): a question that marks no names by case finds a name, or a form, in any
 * of them; one that does, only in a word written capitalised ("western" regions are not West Yorkshire).
 */
export function namesMentioned(
  article: Article,
  query: NameQuery,
  articleTerms: ReadonlySet<string>,
  forms?: RelatedTerms,
): Set<string> {
  const found = new Set<string>();
  if (query.names.length === 0) return found;
  const { capitalised, inner } = articleNamesOf(article);
  for (const name of query.names) {
    const innerUses = inner.get(name);
    // An inner word whose neighbour is a word of the question is the name asked about (New York Stock Exchange).
    const askedAs = innerUses?.around.some(([b, a]) => query.words.has(b ?? '') || query.words.has(a ?? ''));
    const plain = query.caseMatters
      ? capitalised.has(name)
      : articleTerms.has(name) && (innerUses === undefined || innerUses.alsoOtherwise);
    const written = query.caseMatters ? capitalised : articleTerms;
    const asForm = forms?.get(name)?.some((r) => written.has(r.term)) ?? false;
    if (plain || askedAs || asForm) found.add(name);
  }
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
 * Similarity given to a name's demonym form that the table lacks (see demonymForms): about what the table gives
 * the pairs it has (russia: russian 0.81, korea: korean 0.81, india: indian 0.78, nigeria: nigerian 0.75).
 */
const DEMONYM_SIMILARITY = 0.75;

/**
 * The other form of a place name and its people's adjective written by adding "n" (index terms, Porter stems):
 * "mongolia" and "mongolian", "kenya" and "kenyan", "victoria" and "victorian". The related-terms table keeps
 * only each word's five nearest, so it knows russia: russian but not mongolia: mongolian.
 */
export function demonymForms(term: string): string[] {
  if (term.length < 4) return [];
  if (term.endsWith('a')) return [`${term}n`];
  if (term.endsWith('an') && term.length >= 5) return [term.slice(0, -1)];
  return [];
}

/**
 * `table` (see relatedTerms.ts) as the question's names may use it: a name matches by its spelling, so of the
 * words "related" to it only those that extend it or that it extends (Iran: Iranian) are kept, with its
 * demonym form (see demonymForms) when the table lacks it. The others are its peers (France: Britain, Spain;
 * Blair: Chirac), another country or person, as Tuesday is another day than Monday.
 */
export function relatedForNames(table: RelatedTerms, names: readonly string[]): RelatedTerms {
  const named = new Set(names);
  return {
    get(term) {
      const related = table.get(term);
      if (!named.has(term)) return related;
      const kept = (related ?? []).filter((r) => r.term.startsWith(term) || term.startsWith(r.term));
      for (const form of demonymForms(term)) {
        if (!kept.some((r) => r.term === form)) kept.push({ term: form, similarity: DEMONYM_SIMILARITY });
      }
      return kept.length === 0 && related === undefined ? undefined : kept;
    },
  };
}
