/**
 * A quick test of whether a string may be one of a few keys, by its length and first code unit (each mod 32):
 * never false for a key, rarely true for another string. Re-ranking looks every token of the candidate
 * passages up in small per-question maps, and most tokens are in none: this answers most of them with a
 * typed-array read instead of a hash look-up.
 */
export class KeyFilter {
  /** Bit `first code unit mod 32` of entry `length mod 32` is set for each key. */
  private readonly bits = new Uint32Array(32);

  constructor(keys: Iterable<string>) {
    for (const key of keys) this.add(key);
  }

  add(key: string): void {
    const at = key.length & 31;
    this.bits[at] = (this.bits[at] as number) | (1 << (key.charCodeAt(0) & 31));
  }

  /** False when `key` is surely none of the keys added. */
  mayHave(key: string): boolean {
    return ((this.bits[key.length & 31] as number) & (1 << (key.charCodeAt(0) & 31))) !== 0;
  }
}
