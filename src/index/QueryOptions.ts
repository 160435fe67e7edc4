import type { Slips } from './slipNeighbours.js';

/** How `PassageIndex.query` searches, beyond the question's words. */
export interface QueryOptions {
  /** Only the passages it accepts. */
  readonly filter?: ((passageId: number) => boolean) | undefined;
  /** Corpus terms a question term absent from the corpus may be a slip for: each a fuzzy neighbour at distance 1. */
  readonly slips?: Slips | undefined;
  /** Plain typos (see plainTypos.ts): their fuzzy neighbours count TYPO_WEIGHT, not FUZZY_WEIGHT. */
  readonly typos?: ReadonlySet<string> | undefined;
}
