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
 * searched (prepareQuery).
 */
export function slipNeighbours(word: string, isTerm: (term: string) => boolean): string[] {
  const own = processTermUnremembered(word);
  const found = new Set<string>();
  for (const variant of slipVariants(word)) {
    if (variant.charAt(0) !== word.charAt(0)) continue;
    const term = processTermUnremembered(variant);
    if (term !== null && term !== own && isTerm(term)) found.add(term);
  }
  return [...found];
}
