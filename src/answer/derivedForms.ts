import type { DerivedForms } from '../index/QueryOptions.js';
import type { RelatedTerms } from './relatedTerms.js';

/**
 * Least similarity (cosine, see relatedTerms.ts) of a derived form to its question term. The table lists each
 * term's five nearest; below 0.6 its derived-looking entries are mostly other words with a shared first part.
 */
export const DERIVED_MIN_SIMILARITY = 0.6;
/**
 * A derived form's retrieval weight relative to the question term's own (1), times its similarity. SQuAD's
 * fitting half (articles 25-48) gave the same right-paragraph-first at 0.15, 0.3 and 0.5: what counts is that
 * the passage matches the question term at all (BM25+ multiplies a passage's score by how many it matches).
 */
export const DERIVED_WEIGHT = 0.3;
/** Shortest shared beginning of a term and its derived form, in characters of the stems. */
export const DERIVED_MIN_PREFIX = 4;
/**
 * Characters of the shorter stem that may differ from the longer one's (its last two): "inventor" holds
 * "invent" whole, "violent" all but the last of "violenc", "rewrot" the first four of "rewritten".
 */
export const DERIVED_STEM_SLACK = 2;

/**
 * Each question term's derived forms: words the stemmer keeps apart that share its stem but for an ending
 * ("invent" and "inventor", "congress" and "congression", "legend" and "legendari", "decid" and "decis"),
 * found among its related terms (the word vectors say they mean nearly the same) by their spelling: they
 * begin alike for all but the last DERIVED_STEM_SLACK characters of the shorter, and at least
 * DERIVED_MIN_PREFIX. A word that only begins like another ("goldfing", "goldeney"; "headteach",
 * "headmistress") is left out, and so is a short one ("ii", "iii"). Terms with none are not in the map.
 */
export function derivedForms(table: RelatedTerms, terms: readonly string[]): DerivedForms {
  const forms = new Map<string, { term: string; weight: number }[]>();
  for (const term of terms) {
    const derived = (table.get(term) ?? [])
      .filter(({ term: near, similarity }) => similarity >= DERIVED_MIN_SIMILARITY && isDerived(term, near))
      .map(({ term: near, similarity }) => ({ term: near, weight: DERIVED_WEIGHT * similarity }));
    if (derived.length > 0) forms.set(term, derived);
  }
  return forms;
}

/** Whether stems `a` and `b` differ only in their endings (see derivedForms). */
export function isDerived(a: string, b: string): boolean {
  let shared = 0;
  while (shared < a.length && shared < b.length && a[shared] === b[shared]) shared++;
  return shared >= Math.max(DERIVED_MIN_PREFIX, Math.min(a.length, b.length) - DERIVED_STEM_SLACK);
}
