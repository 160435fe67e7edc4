/**
 * Verbs of speech (the stop words of stopWords.ts that report speech): between two words they end a phrase
 * ("the president said Russia…" is no "president of Russia"). Other words may stand between a phrase's words
 * ("DVD ripping (copying)"): on the news tuning half, allowing only articles and prepositions there lost one
 * question and won none.
 */
const SPEECH = new Set(['say', 'says', 'said', 'saying']);

/** "Russia's", "Russia’s", "players'". */
const POSSESSIVE = /(?:['’]s|s['’])$/;

/** What phraseMarksOf reads of a passage's words whatever the question: computed once per passage. */
export interface WordMarks {
  /** 1 for a possessive. */
  readonly possessive: Uint8Array;
  /** 1 for every word but a verb of speech: the joiners of a question that uses none. */
  readonly joinerBase: Uint8Array;
  /** Where the verbs of speech are. */
  readonly speech: readonly number[];
}

/** See WordMarks. */
export function wordMarksOf(words: readonly string[]): WordMarks {
  const joinerBase = new Uint8Array(words.length);
  const possessive = new Uint8Array(words.length);
  const speech: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (SPEECH.has(w)) speech.push(i);
    else joinerBase[i] = 1;
    // Only a word ending in s or an apostrophe can be a possessive: most words skip the pattern.
    const last = w.charCodeAt(w.length - 1);
    if (last === 0x73 || last === 0x27 || last === 0x2019) possessive[i] = POSSESSIVE.test(w) ? 1 : 0;
  }
  return { possessive, joinerBase, speech };
}

/**
 * What the phrase feature (see quoteFeatures.ts, PassageHits) reads of a passage's words (lowercase, as
 * written): which may join two words of a phrase (any but a verb of speech the question does not use itself),
 * and which are possessives. One entry per word, 1 or 0. The arrays may be `marks`' own: read them only.
 */
export function phraseMarksFor(
  marks: WordMarks,
  words: readonly string[],
  questionWords: ReadonlySet<string>,
): { joiner: Uint8Array; possessive: Uint8Array } {
  let joiner = marks.joinerBase;
  for (const i of marks.speech) {
    if (!questionWords.has(words[i] as string)) continue;
    // A verb of speech the question uses joins too: only then is the passage's array copied.
    if (joiner === marks.joinerBase) joiner = joiner.slice();
    joiner[i] = 1;
  }
  return { joiner, possessive: marks.possessive };
}

/** phraseMarksFor, the word marks made on the spot. */
export function phraseMarksOf(
  words: readonly string[],
  questionWords: ReadonlySet<string>,
): { joiner: Uint8Array; possessive: Uint8Array } {
  return phraseMarksFor(wordMarksOf(words), words, questionWords);
}
