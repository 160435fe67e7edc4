import type { Options, SearchOptions } from 'minisearch';
import { processTerm, tokenize } from './terms.js';

/** A passage as minisearch sees it: its id, the article's title and the passage's own text. */
export interface IndexedPassage {
  readonly id: number;
  readonly title: string;
  readonly text: string;
}

/**
 * Index options, all in one place:
 * - `fields`: the passage text, and the article title so a question naming the story's subject finds all of
 *   its paragraphs;
 * - `tokenize` / `processTerm`: our own (see terms.ts): acronyms kept, stop words dropped, Porter stems, so
 *   "pipelines" meets "pipeline" and "the" matches nothing.
 * Nothing is stored in the index (`storeFields` empty): passages live in the engine, keyed by id.
 */
export const INDEX_OPTIONS: Options<IndexedPassage> = {
  fields: ['title', 'text'],
  storeFields: [],
  tokenize: (text) => tokenize(text),
  processTerm: (term) => processTerm(term),
};

/** Shortest query term (after stemming) that gets fuzzy matching; shorter words have too many neighbours. */
export const FUZZY_MIN_TERM_LENGTH = 5;
/** Edit distance allowed for fuzzy terms, as a fraction of the term length (minisearch's convention). */
export const FUZZY_DISTANCE = 0.2;

/**
 * Search options. `isKnownTerm` tells whether a term occurs in the corpus: only unknown terms of
 * FUZZY_MIN_TERM_LENGTH or more get fuzzy matching (a typo such as "stram" or "pipline"), so correctly spelt
 * words never drift to their neighbours ("troop" to "group").
 * - `combineWith: 'OR'`: a passage need not contain every word; scoring rewards those that contain more.
 * - `boost.title` below 1: a title match says which story, not which paragraph answers.
 * - `bm25`: minisearch's defaults (k 1.2, b 0.7, d 0.5), kept explicit here as the tuning point.
 */
export function searchOptions(isKnownTerm: (term: string) => boolean): SearchOptions {
  return {
    combineWith: 'OR',
    boost: { title: 0.5, text: 1 },
    fuzzy: (term) => (term.length >= FUZZY_MIN_TERM_LENGTH && !isKnownTerm(term) ? FUZZY_DISTANCE : false),
    prefix: false,
    weights: { fuzzy: 0.45, prefix: 0.375 },
    bm25: { k: 1.2, b: 0.7, d: 0.5 },
  };
}
