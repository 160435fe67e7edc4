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
  const masks = letterMasksOf(terms);
  const termMask = letterMask(term);
  const width = term.length + 1;
  // Two rows of the edit-distance table, side by side in one array, reused for every candidate.
  const rows = new Int32Array(2 * width);
  for (let termId = 0; termId < terms.length; termId++) {
    const candidate = terms[termId] as string;
    if (Math.abs(candidate.length - term.length) > maxDistance) continue;
    // Each letter one word has and the other lacks costs an edit: most of the list is ruled out here, before
    // the table (a question's unknown word scanned 30,000 BBC terms in ~2 ms; now a fraction of that).
    const candidateMask = masks[termId] as number;
    if (
      bitCount(termMask & ~candidateMask) > maxDistance ||
      bitCount(candidateMask & ~termMask) > maxDistance
    )
      continue;
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
