/** A corpus term within the allowed edit distance of a query term. */
export interface FuzzyNeighbour {
  /** Position of the term in the list searched. */
  readonly termId: number;
  /** Levenshtein distance from the query term (insertions, deletions, substitutions of UTF-16 code units). */
  readonly distance: number;
}

/**
 * Every term of `terms` within Levenshtein distance `maxDistance` of `term`, in list order: the same set that
 * minisearch's `SearchableMap.fuzzyGet` finds. A scan rather than a radix tree: building minisearch's tree over
 * the BBC corpus's terms took longer (about 100 ms, on the first typo of every process) than scanning the list
 * for one typo (a few ms), and only words absent from the corpus are looked up.
 */
export function fuzzyNeighbours(
  terms: readonly string[],
  term: string,
  maxDistance: number,
): FuzzyNeighbour[] {
  const found: FuzzyNeighbour[] = [];
  const width = term.length + 1;
  // Two rows of the edit-distance table, side by side in one array, reused for every candidate.
  const rows = new Int32Array(2 * width);
  for (let termId = 0; termId < terms.length; termId++) {
    const candidate = terms[termId] as string;
    if (Math.abs(candidate.length - term.length) > maxDistance) continue;
    let previous = 0;
    let current = width;
    for (let j = 0; j < width; j++) rows[j] = j;
    let reachable = true;
    for (let i = 1; i <= candidate.length && reachable; i++) {
      rows[current] = i;
      let rowMin = i;
      const c = candidate.charCodeAt(i - 1);
      for (let j = 1; j < width; j++) {
        const substitute = (rows[previous + j - 1] as number) + (c === term.charCodeAt(j - 1) ? 0 : 1);
        const value = Math.min(
          substitute,
          (rows[previous + j] as number) + 1,
          (rows[current + j - 1] as number) + 1,
        );
        rows[current + j] = value;
        if (value < rowMin) rowMin = value;
      }
      // Every later row is at least this row's minimum: stop once it is out of reach.
      reachable = rowMin <= maxDistance;
      const swap = previous;
      previous = current;
      current = swap;
    }
    const distance = rows[previous + term.length] as number;
    if (reachable && distance <= maxDistance) found.push({ termId, distance });
  }
  return found;
}
