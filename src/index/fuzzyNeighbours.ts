import { editDistance } from './editDistance.js';

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
  const { masks, byLength, lengthStarts } = scanAidsOf(terms);
  const termMask = letterMask(term);
  // Only terms whose length is within reach: those of each length from term.length - maxDistance on.
  const shortest = Math.max(0, term.length - maxDistance);
  const longest = Math.min(lengthStarts.length - 2, term.length + maxDistance);
  const from = shortest < lengthStarts.length - 1 ? (lengthStarts[shortest] as number) : byLength.length;
  const to = longest >= shortest ? (lengthStarts[longest + 1] as number) : from;
  for (let k = from; k < to; k++) {
    const termId = byLength[k] as number;
    const candidate = terms[termId] as string;
    // Each letter one word has and the other lacks costs an edit (a swap keeps the letters): most of the list
    // is ruled out here, before the table (a question's unknown word scanned 30,000 BBC terms in ~2 ms; now a
    // fraction of that).
    const candidateMask = masks[termId] as number;
    if (
      bitCount(termMask & ~candidateMask) > maxDistance ||
      bitCount(candidateMask & ~termMask) > maxDistance
    )
      continue;
    const distance = editDistance(candidate, term, maxDistance);
    if (distance <= maxDistance) found.push({ termId, distance });
  }
  // Visited by length, returned in list order.
  return found.sort((a, b) => a.termId - b.termId);
}

/** What a scan of a list reads besides the terms (see scanAidsOf). */
interface ScanAids {
  /** Each term's letter mask (see letterMask), by position in the list. */
  readonly masks: Uint32Array;
  /** The list's positions ordered by term length, then position. */
  readonly byLength: Uint32Array;
  /** Where the terms of length n start in `byLength` (n from 0 to the longest length + 1). */
  readonly lengthStarts: Uint32Array;
}

/**
 * Each list's scan aids, made on its first look-up (two passes, a few milliseconds on the BBC terms): a typo
 * is compared only with terms whose length is within reach, a third of the BBC's for a five-letter word,
 * rather than every term of the list.
 */
const aidsByList = new WeakMap<readonly string[], ScanAids>();

function scanAidsOf(terms: readonly string[]): ScanAids {
  let aids = aidsByList.get(terms);
  if (!aids) {
    const masks = new Uint32Array(terms.length);
    let longest = 0;
    for (let i = 0; i < terms.length; i++) {
      const term = terms[i] as string;
      masks[i] = letterMask(term);
      longest = Math.max(longest, term.length);
    }
    // A counting sort by length keeps each length's positions in list order.
    const lengthStarts = new Uint32Array(longest + 2);
    for (const term of terms) lengthStarts[term.length + 1] = (lengthStarts[term.length + 1] as number) + 1;
    for (let n = 1; n < lengthStarts.length; n++) {
      lengthStarts[n] = (lengthStarts[n] as number) + (lengthStarts[n - 1] as number);
    }
    const next = lengthStarts.slice();
    const byLength = new Uint32Array(terms.length);
    terms.forEach((term, i) => {
      byLength[next[term.length] as number] = i;
      next[term.length] = (next[term.length] as number) + 1;
    });
    aids = { masks, byLength, lengthStarts };
    aidsByList.set(terms, aids);
  }
  return aids;
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
