import type { IndexHit, PassageIndex } from '../index/PassageIndex.js';
import { FUZZY_DISTANCE } from '../index/searchOptions.js';
import type { Slips } from '../index/slipNeighbours.js';
import { editDistance } from '../index/editDistance.js';
import type { Query } from './prepareQuery.js';
import type { RelatedTerms } from './relatedTerms.js';

/** A fuzzy match counts this much of an exact one: the question's word may be another word than the match's. */
const FUZZY_STRENGTH = 0.6;
/**
 * A plain typo's match (see plainTypos.ts: a word neither in the corpus nor English) counts as the word itself:
 * the quote holds the word the question meant.
 */
const TYPO_STRENGTH = 1;

/** The question term (index into the query's terms) a document term stands for, and how strongly (0 to 1]. */
export interface TermHit {
  readonly index: number;
  readonly strength: number;
}

/** Maps a document term to the question term it matches: exactly, or within the fuzzy edit distance. */
export type TermResolver = (docTerm: string) => TermHit | null;

/**
 * A resolver for the question terms `terms`; each document term is resolved once and remembered. `slips` maps
 * a question term to corpus terms it may be a slip for (Query.slips): each stands for it as a fuzzy match does.
 * A match of a term in `typos` counts TYPO_STRENGTH, others FUZZY_STRENGTH.
 */
export function termResolver(
  terms: readonly string[],
  slips: Slips = new Map(),
  typos: ReadonlySet<string> = new Set(),
): TermResolver {
  const strengthOf = (term: string | undefined): number =>
    term !== undefined && typos.has(term) ? TYPO_STRENGTH : FUZZY_STRENGTH;
  // Every term the index matched is resolved once, though withTypoWeights and each passage ask again.
  const known = new Map<string, TermHit | null>();
  terms.forEach((term, index) => {
    for (const slip of slips.get(term) ?? []) {
      if (!known.has(slip)) known.set(slip, { index, strength: strengthOf(term) });
    }
  });
  // A question term matches itself exactly, even when it is also a slip variant of another.
  terms.forEach((term, index) => known.set(term, { index, strength: 1 }));
  return (docTerm) => {
    const cached = known.get(docTerm);
    if (cached !== undefined) return cached;
    let best = -1;
    let bestDistance = Infinity;
    terms.forEach((term, i) => {
      const max = Math.max(1, Math.round(term.length * FUZZY_DISTANCE));
      const d = editDistance(term, docTerm, max);
      if (d <= max && d < bestDistance) {
        best = i;
        bestDistance = d;
      }
    });
    const resolved = best < 0 ? null : { index: best, strength: strengthOf(terms[best]) };
    known.set(docTerm, resolved);
    return resolved;
  };
}

/**
 * A misspelt word ("pipline") is absent from the corpus, so it would weigh as much as a word about something
 * the articles never mention, and the question would be declined. When retrieval matched it to a corpus word
 * by fuzzy matching ("pipeline"), it weighs what that word weighs instead.
 */
export function withTypoWeights(
  index: PassageIndex,
  query: Query,
  results: readonly IndexHit[],
  resolve: TermResolver,
): Query {
  let weights: Float64Array | null = null;
  // A slip with one neighbour is known before retrieval ("trynig": "trying"); it weighs what that word weighs
  // even when no candidate passage holds it. With several ("usres": "users", "USSR", "US"…) which is meant is
  // known only from the passages below.
  for (const [term, neighbours] of query.slips) {
    const at = query.terms.indexOf(term);
    const [only] = neighbours;
    if (at < 0 || only === undefined || neighbours.length > 1) continue;
    weights ??= Float64Array.from(query.weights);
    weights[at] = Math.min(weights[at] ?? Infinity, index.idf(only));
  }
  for (const result of results) {
    for (const docTerm of result.terms) {
      const hit = resolve(docTerm);
      // An exact match is no typo's (a plain typo's match has strength 1 too, see TYPO_STRENGTH).
      const term = hit ? query.terms[hit.index] : undefined;
      if (!hit || term === undefined || docTerm === term || index.frequencyOf(term) > 0) continue;
      weights ??= Float64Array.from(query.weights);
      weights[hit.index] = Math.min(weights[hit.index] ?? Infinity, index.idf(docTerm));
    }
  }
  if (weights === null) return query;
  return { ...query, weights, totalWeight: weights.reduce((a, b) => a + b, 0) };
}

/**
 * Each question term's weight among the candidate passages: its IDF times its IDF within the candidates
 * (BM25's formula over the `passageTermsOf.length` candidates; `passageTermsOf` holds the terms each matches).
 * "Doctor" in a question about Doctor Who is in every candidate and decides little between them.
 */
export function localWeights(
  weights: Float64Array,
  passageTermsOf: readonly ReadonlySet<number>[],
): Float64Array {
  const count = new Float64Array(weights.length);
  for (const terms of passageTermsOf) for (const q of terms) count[q] = (count[q] ?? 0) + 1;
  const candidates = passageTermsOf.length;
  return weights.map((w, q) => {
    const c = count[q] ?? 0;
    return w * Math.log(1 + (candidates - c + 0.5) / (c + 0.5));
  });
}

/**
 * The document terms related in meaning to a question term (see relatedTerms.ts), each with the question term
 * it stands for and its similarity; the closest question term wins. Question terms themselves are left out:
 * they match exactly.
 */
export function relatedIndex(table: RelatedTerms, terms: readonly string[]): Map<string, TermHit> {
  const own = new Set(terms);
  const related = new Map<string, TermHit>();
  terms.forEach((term, index) => {
    for (const { term: near, similarity } of table.get(term) ?? []) {
      if (own.has(near) || (related.get(near)?.strength ?? 0) >= similarity) continue;
      related.set(near, { index, strength: similarity });
    }
  });
  return related;
}
