import type { Slips } from './slipNeighbours.js';

/** How `PassageIndex.query` searches, beyond the question's words. */
export interface QueryOptions {
  /** Only the passages it accepts. */
  readonly filter?: ((passageId: number) => boolean) | undefined;
  /** Corpus terms a question term absent from the corpus may be a slip for: each a fuzzy neighbour at distance 1. */
  readonly slips?: Slips | undefined;
  /** Plain typos (see plainTypos.ts): their fuzzy neighbours count TYPO_WEIGHT, not FUZZY_WEIGHT. */
  readonly typos?: ReadonlySet<string> | undefined;
  /**
   * Index terms that also stand for a question term, each with the weight its match counts (0 to 1; the term's
   * own counts 1): its derived forms ("invent": "inventor", see derivedForms.ts). A passage holding only a
   * derived form matches the question term as one holding the term does, for less score.
   */
  readonly derived?: DerivedForms | undefined;
}

/** Each question term (an index term) → the other index terms that stand for it, and their weights. */
export type DerivedForms = ReadonlyMap<string, readonly { readonly term: string; readonly weight: number }[]>;
