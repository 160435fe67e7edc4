/**
 * Verbs of speech (the stop words of stopWords.ts that report speech): between two words they end a phrase
 * ("the president said Russia…" is no "president of Russia"). Other words may stand between a phrase's words
 * ("DVD ripping (copying)"): on the news tuning half, allowing only articles and prepositions there lost one
 * question and won none.
 */
const SPEECH = new Set(['say', 'says', 'said', 'saying']);

/** "Russia's", "Russia’s", "players'". */
const POSSESSIVE = /(?:['’]s|s['’])$/;

/**
 * What the phrase feature (see quoteFeatures.ts, PassageHits) reads of a passage's words (lowercase, as
 * written): which may join two words of a phrase (any but a verb of speech the question does not use itself),
 * and which are possessives. One entry per word, 1 or 0.
 */
export function phraseMarksOf(
  words: readonly string[],
  questionWords: ReadonlySet<string>,
): { joiner: Uint8Array; possessive: Uint8Array } {
  return {
    joiner: Uint8Array.from(words, (w) => (!SPEECH.has(w) || questionWords.has(w) ? 1 : 0)),
    possessive: Uint8Array.from(words, (w) => (POSSESSIVE.test(w) ? 1 : 0)),
  };
}
