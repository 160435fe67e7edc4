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
  // Plain loops: `Uint8Array.from(words, f)` walks the list through its iterator, which cost more than the
  // marks themselves (re-ranking marks some eight passages of ~150 words per question).
  const joiner = new Uint8Array(words.length);
  const possessive = new Uint8Array(words.length);
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    joiner[i] = !SPEECH.has(w) || questionWords.has(w) ? 1 : 0;
    // Only a word ending in s or an apostrophe can be a possessive: most words skip the pattern.
    const last = w.charCodeAt(w.length - 1);
    if (last === 0x73 || last === 0x27 || last === 0x2019) possessive[i] = POSSESSIVE.test(w) ? 1 : 0;
  }
  return { joiner, possessive };
}
