/** A corpus term within the allowed edit distance of a query term. */
export interface FuzzyNeighbour {
  /** Position of the term in the list searched. */
  readonly termId: number;
  /**
   * Edit distance from the query term: insertions, deletions, substitutions of UTF-16 code units, and swaps of
   * two neighbouring ones (optimal string alignment: no unit is edited twice).
   */
  readonly distance: number;
}

/**
 * Every term of `terms` within edit distance `maxDistance` of `term`, in list order. Levenshtein's distance,
 * which minisearch's `SearchableMap.fuzzyGet` reads, plus a swap of neighbouring letters as one edit: the
 * commonest typing slip ("Puitn", "Geramn", "foramt") is two edits for Levenshtein, out of reach of a
 * five-letter word's one, and the question lost its subject. A scan rather than a radix tree: building
 * minisearch's tree over the BBC corpus's terms took longer (about 100 ms, on the first typo of every process)
 * than scanning the list for one typo (a few ms), and only words absent from the corpus are looked up.
 */
export function fuzzyNeighbours(
  terms: readonly string[],
  term: string,
  maxDistance: number,
): FuzzyNeighbour[] {
  const found: FuzzyNeighbour[] = [];
  const masks = letterMasksOf(terms);
  const termMask = letterMask(term);
  const width = term.length + 1;
  // Three rows of the edit-distance table (the one before last, for a swap), side by side in one array,
  // reused for every candidate.
  const rows = new Int32Array(3 * width);
  for (let termId = 0; termId < terms.length; termId++) {
    const candidate = terms[termId] as string;
    if (Math.abs(candidate.length - term.length) > maxDistance) continue;
    // Each letter one word has and the other lacks costs an edit (a swap keeps the letters): most of the list
    // is ruled out here, before the table (a question's unknown word scanned 30,000 BBC terms in ~2 ms; now a
    // fraction of that).
    const candidateMask = masks[termId] as number;
    if (
      bitCount(termMask & ~candidateMask) > maxDistance ||
      bitCount(candidateMask & ~termMask) > maxDistance
    )
      continue;
    let beforePrevious = 2 * width;
    let previous = 0;
    let current = width;
    for (let j = 0; j < width; j++) rows[j] = j;
    let previousMin = 0;
    let reachable = true;
    for (let i = 1; i <= candidate.length && reachable; i++) {
      rows[current] = i;
      let rowMin = i;
      const c = candidate.charCodeAt(i - 1);
      for (let j = 1; j < width; j++) {
        const t = term.charCodeAt(j - 1);
        let value = Math.min(
          (rows[previous + j - 1] as number) + (c === t ? 0 : 1),
          (rows[previous + j] as number) + 1,
          (rows[current + j - 1] as number) + 1,
        );
        if (i > 1 && j > 1 && c === term.charCodeAt(j - 2) && candidate.charCodeAt(i - 2) === t && c !== t)
          value = Math.min(value, (rows[beforePrevious + j - 2] as number) + 1);
        rows[current + j] = value;
        if (value < rowMin) rowMin = value;
      }
      // Every later row is at least this row's minimum, or the row before's plus one (a swap reaches back two
      // rows): stop once both are out of reach.
      reachable = rowMin <= maxDistance || previousMin + 1 <= maxDistance;
      previousMin = rowMin;
      const oldest = beforePrevious;
      beforePrevious = previous;
      previous = current;
      current = oldest;
    }
    const distance = rows[previous + term.length] as number;
    if (reachable && distance <= maxDistance) found.push({ termId, distance });
  }
  return found;
}

/** Each list's letter masks, made on its first look-up (one pass, about a millisecond on the BBC terms). */
const masksByList = new WeakMap<readonly string[], Uint32Array>();

function letterMasksOf(terms: readonly string[]): Uint32Array {
  let masks = masksByList.get(terms);
  if (!masks) {
    masks = new Uint32Array(terms.length);
    for (let i = 0; i < terms.length; i++) masks[i] = letterMask(terms[i] as string);
    masksByList.set(terms, masks);
  }
  return masks;
}

/**
 * The set of a word's code units as 32 bits (code unit mod 32: a to z each have their own bit). Two units that
 * share a bit only make the count of letters one word lacks smaller, so the bound stays a lower bound.
 */
function letterMask(word: string): number {
  let mask = 0;
  for (let i = 0; i < word.length; i++) mask |= 1 << (word.charCodeAt(i) & 31);
  return mask;
}

/** How many bits of `n` are set. */
function bitCount(n: number): number {
  let v = n - ((n >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return Math.imul((v + (v >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}
