import type { Query } from './prepareQuery.js';

/** Records in `strengths` the best strength of each question term hit in tokens[from, to). */
export function accumulate(
  hitIndex: Int32Array,
  hitStrength: Float64Array,
  from: number,
  to: number,
  strengths: Float64Array,
): void {
  for (let i = from; i < to; i++) {
    const q = hitIndex[i] ?? -1;
    if (q >= 0) strengths[q] = Math.max(strengths[q] ?? 0, hitStrength[i] ?? 0);
  }
}

/** Share of the question's IDF weight that `strengths` (one per question term, 0 to 1) cover. */
export function coverage(strengths: Float64Array, query: Query): number {
  let sum = 0;
  strengths.forEach((s, i) => {
    sum += (query.weights[i] ?? 0) * s;
  });
  return query.totalWeight > 0 ? sum / query.totalWeight : 0;
}
