import { slipVariants } from './slipVariants.js';
import { processTermUnremembered } from './terms.js';

/** Question terms absent from the corpus, each with the corpus terms it may be a slip for (slipNeighbours). */
export type Slips = ReadonlyMap<string, readonly string[]>;

/**
 * The index terms of `word`'s one-slip variants (see slipVariants; `word` lowercase letters) that `isTerm`
 * accepts (the corpus holds), other than `word`'s own term: what "comming" (term "com") may be a slip for
 * ("come"). Only variants that keep the first letter: a slip seldom falls there (people misspell the middle of
 * a word), and a first letter changed or dropped makes most short words another ("cots": "dot", "got", "hot",
 * "lot", "not"…). Stop words are left out: a mistyped stop word is read as the stop word before the question is
 * searched (prepareQuery). `onlyUndoubled`: only the slip that doubles a letter is undone (see undoubled).
 */
export function slipNeighbours(
  word: string,
  isTerm: (term: string) => boolean,
  onlyUndoubled = false,
): string[] {
  const own = processTermUnremembered(word);
  const found = new Set<string>();
  for (const variant of onlyUndoubled ? undoubled(word) : slipVariants(word)) {
    if (variant.charAt(0) !== word.charAt(0)) continue;
    const term = processTermUnremembered(variant);
    if (term !== null && term !== own && isTerm(term)) found.add(term);
  }
  return [...found];
}

/**
 * `word` with one letter of a doubled pair dropped ("comming" → "coming"): the one slip tried for a word whose stem
 * the stemmer cut short after a doubled letter, which a real word does too ("running" → "run"): undoubled, a real
 * word seldom makes another ("runing" has the stem "rune"), where any slip might ("running" → "ruining").
 */
export function undoubled(word: string): string[] {
  const found: string[] = [];
  for (let i = 1; i < word.length; i++) {
    if (word[i] === word[i - 1]) found.push(word.slice(0, i) + word.slice(i + 1));
  }
  return found;
}
