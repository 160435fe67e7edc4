/** The per-token arrays re-ranking fills for one passage (see rankQuotes.ts and PassageHits). */
export interface HitArrays {
  /** The question term each token matches, or -1. */
  readonly hitIndex: Int32Array;
  /** The question term after it that a compound token stands for too, or -1. */
  readonly secondHit: Int32Array;
  /** How strongly each token matches (0 when it does not). */
  readonly hitStrength: Float64Array;
  /** The question term each unmatched token is related to in meaning, or -1. */
  readonly relatedHit: Int32Array;
  /** And how closely (0 when it is not). */
  readonly relatedStrength: Float64Array;
  /** For the caller to fill: each token's question word as written (see PassageHits.surface); not cleared. */
  readonly surface: Int32Array;
}

let capacity = 0;
let int32 = new Int32Array(0);
let float64 = new Float64Array(0);

/**
 * Fresh HitArrays for a passage of `length` tokens (-1 and 0 throughout but `surface`, which the caller fills),
 * as views of buffers shared by every passage and question: re-ranking is synchronous and reads a passage's
 * arrays only while it weighs that passage's quotes, and allocating six buffers per passage made a good part
 * of a question's garbage. Each view is exactly `length` long, so a read past the end is undefined as with
 * arrays of its own. The next call overwrites them.
 */
export function freshHitArrays(length: number): HitArrays {
  if (length > capacity) {
    capacity = Math.max(length, 2 * capacity, 256);
    int32 = new Int32Array(4 * capacity);
    float64 = new Float64Array(2 * capacity);
  }
  const hitIndex = int32.subarray(0, length).fill(-1);
  const secondHit = int32.subarray(capacity, capacity + length).fill(-1);
  const relatedHit = int32.subarray(2 * capacity, 2 * capacity + length).fill(-1);
  const surface = int32.subarray(3 * capacity, 3 * capacity + length);
  const hitStrength = float64.subarray(0, length).fill(0);
  const relatedStrength = float64.subarray(capacity, capacity + length).fill(0);
  return { hitIndex, secondHit, hitStrength, relatedHit, relatedStrength, surface };
}

/** Whether a token of [from, to) matches a question term (see HitArrays.hitIndex). */
export function someHit(hitIndex: Int32Array, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if ((hitIndex[i] as number) >= 0) return true;
  return false;
}
