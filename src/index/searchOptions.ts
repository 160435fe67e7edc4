/**
 * Retrieval options, all in one place. The scoring is minisearch's BM25+ (same formula and defaults), which
 * PassageIndex computes over its own typed-array postings so that it can keep only the best few passages.
 */

/**
 * Indexed fields and their boosts: the passage text, and the article title so a question naming the story's
 * subject finds all of its paragraphs (a story without a headline: its lede's first sentence, see searchTitleOf.ts).
 * A title match counts half: it says which story, not which paragraph.
 */
export const FIELDS = [
  { name: 'title', boost: 0.5 },
  { name: 'text', boost: 1 },
] as const;

/** BM25+ parameters: minisearch's defaults (k 1.2, b 0.7, d 0.5), kept explicit here as the tuning point. */
export const BM25 = { k: 1.2, b: 0.7, d: 0.5 } as const;

/** Shortest query term (after stemming) that gets fuzzy matching; shorter words have too many neighbours. */
export const FUZZY_MIN_TERM_LENGTH = 5;
/**
 * The same for a plain typo (see TYPO_WEIGHT): a letter dropped from a five-letter word ("Puin", "taks",
 * "trops") leaves four, and the word was lost. Single slips of the first BBC news set's answerable questions,
 * a letter dropped: 129 of 1,144 declined at 5 letters, 72 at 4; missing stories declined on the tuning halves
 * alike.
 */
export const TYPO_MIN_TERM_LENGTH = 4;
/** Edit distance allowed for fuzzy terms, as a fraction of the term length (minisearch's convention). */
export const FUZZY_DISTANCE = 0.2;
/** Largest edit distance whatever the length (minisearch's `maxFuzzy` default): long words stay cheap to look up. */
export const FUZZY_MAX_DISTANCE = 6;
/**
 * Weight of a fuzzy match relative to an exact one, before the distance discount
 * (weight × length / (length + distance), as minisearch does).
 */
export const FUZZY_WEIGHT = 0.45;
/**
 * The same for a plain typo: a question word that is neither in the corpus nor an English word the
 * related-terms table lists ("Puitn", "trooops"; see plainTypos.ts). Its neighbour is the word meant far more
 * often than another word ("world" for "word"), so it counts nearly as the word itself: at 0.45, a question
 * with one slip lost enough retrieval score to be declined (single slips of the seed questions' words: 49
 * declined of 528 at 0.45, 34 at 0.7, 31 at 0.9).
 */
export const TYPO_WEIGHT = 0.9;

/**
 * Edit distance for fuzzy matching of a query term, 0 for none. Only terms absent from the corpus get fuzzy
 * matching (a typo such as "stram" or "pipline"), so correctly spelt words never drift to their neighbours
 * ("troop" to "group"); a plain typo from a shorter length (TYPO_MIN_TERM_LENGTH).
 */
export function fuzzyDistanceFor(term: string, isPlainTypo: boolean): number {
  if (term.length < (isPlainTypo ? TYPO_MIN_TERM_LENGTH : FUZZY_MIN_TERM_LENGTH)) return 0;
  return Math.min(FUZZY_MAX_DISTANCE, Math.round(term.length * FUZZY_DISTANCE));
}
