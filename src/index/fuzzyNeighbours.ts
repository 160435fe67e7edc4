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
  // Two rows of the edit-distance table, reused for every candidate.
  let previous = new Int32Array(term.length + 1);
  let current = new Int32Array(term.length + 1);
  terms.forEach((candidate, termId) => {
    if (Math.abs(candidate.length - term.length) > maxDistance) return;
    for (let j = 0; j <= term.length; j++) previous[j] = j;
    for (let i = 1; i <= candidate.length; i++) {
      current[0] = i;
      let rowMin = i;
      const c = candidate.charCodeAt(i - 1);
      for (let j = 1; j <= term.length; j++) {
        const substitute = (previous[j - 1] as number) + (c === term.charCodeAt(j - 1) ? 0 : 1);
        const value = Math.min(substitute, (previous[j] as number) + 1, (current[j - 1] as number) + 1);
        current[j] = value;
        if (value < rowMin) rowMin = value;
      }
      // Every later row is at least this row's minimum: stop once it is out of reach.
      if (rowMin > maxDistance) return;
      [previous, current] = [current, previous];
    }
    const distance = previous[term.length] as number;
    if (distance <= maxDistance) found.push({ termId, distance });
  });
  return found;
}
