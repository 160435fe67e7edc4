/**
 * The p-th percentile (0 < p <= 100) of `values` by the nearest-rank method: the smallest value such that at
 * least p% of the values are less than or equal to it. Returns NaN for an empty list. Does not modify `values`.
 */
export function percentile(values: readonly number[], p: number): number {
  if (!(p > 0 && p <= 100)) throw new RangeError(`percentile: p must be in (0, 100], got ${p}`);
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] ?? Number.NaN;
}
