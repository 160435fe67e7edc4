import type { KeyFilter } from './KeyFilter.js';

/**
 * Each of `words`' index among the question's words as written (`surfaceIndex`, see PassageHits.surface), or
 * -1, written into `surface` (as long as `words`). `filter` (of surfaceIndex's keys) passes over most words
 * without a look-up. A plain loop: `Int32Array.from(words, f)` walks the list through its iterator, which cost
 * a tenth of re-ranking's time.
 */
export function surfaceOf(
  words: readonly string[],
  surfaceIndex: ReadonlyMap<string, number>,
  surface: Int32Array,
  filter: KeyFilter,
): Int32Array {
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    surface[i] = filter.mayHave(word) ? (surfaceIndex.get(word) ?? -1) : -1;
  }
  return surface;
}
