/**
 * Three rows of the distance table (the one before last, for a swap), reused by every call (grown as needed):
 * re-ranking asks thousands of times.
 */
let beforePreviousRow = new Int32Array(64);
let previousRow = new Int32Array(64);
let currentRow = new Int32Array(64);

/**
 * Edit distance between `a` and `b`, or `max + 1` as soon as it is known to exceed `max`: letters inserted,
 * deleted or substituted, and two neighbouring letters swapped, each one edit (optimal string alignment, as
 * fuzzyNeighbours uses it). A swap is the commonest typing slip ("Puitn", "abuot"); Levenshtein counts it as two.
 */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (previousRow.length <= b.length) {
    beforePreviousRow = new Int32Array(b.length + 1);
    previousRow = new Int32Array(b.length + 1);
    currentRow = new Int32Array(b.length + 1);
  }
  let beforePrevious = beforePreviousRow;
  let previous = previousRow;
  let current = currentRow;
  for (let j = 0; j <= b.length; j++) previous[j] = j;
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= b.length; j++) {
      const cb = b.charCodeAt(j - 1);
      let value = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (ca === cb ? 0 : 1),
      );
      if (i > 1 && j > 1 && ca !== cb && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb)
        value = Math.min(value, (beforePrevious[j - 2] as number) + 1);
      current[j] = value;
      if (value < rowMin) rowMin = value;
    }
    // Every later row is at least this row's minimum, or the row before's plus one (a swap reaches back two).
    if (rowMin > max && previousMin + 1 > max) return max + 1;
    previousMin = rowMin;
    const oldest = beforePrevious;
    beforePrevious = previous;
    previous = current;
    current = oldest;
  }
  return Math.min(previous[b.length] as number, max + 1);
}

/**
 * Whether `a` and `b` differ by at most one typing slip: a letter wrong, missing or extra, or two neighbouring
 * letters swapped ("abuot" for "about").
 */
export function isOneSlipApart(a: string, b: string): boolean {
  return editDistance(a, b, 1) <= 1;
}
