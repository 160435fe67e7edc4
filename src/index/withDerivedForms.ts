import type { DerivedForms } from './QueryOptions.js';

/** A term of the corpus (by id) that a question term matches, and how much that match counts (1 for itself). */
export interface Expansion {
  readonly termId: number;
  readonly weight: number;
}

/**
 * A question term's `expansions` (itself, or a typo's neighbours) with its derived forms (see
 * QueryOptions.derived) that the corpus has (`termIds`) and they lack, each at its own weight.
 */
export function withDerivedForms(
  expansions: Expansion[],
  forms: ReturnType<DerivedForms['get']>,
  termIds: ReadonlyMap<string, number>,
): Expansion[] {
  for (const { term, weight } of forms ?? []) {
    const termId = termIds.get(term);
    if (termId !== undefined && !expansions.some((e) => e.termId === termId))
      expansions.push({ termId, weight });
  }
  return expansions;
}
