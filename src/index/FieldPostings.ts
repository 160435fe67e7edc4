/**
 * One field's inverted index in typed arrays. The passages containing term `t` are
 * `docs[offsets[t] .. offsets[t + 1])`, in ascending order, with the term's count in each in `freqs`.
 * `lengths[doc]` is the field's length in that passage (distinct raw tokens, as minisearch counts it).
 *
 * Flat typed arrays rather than a map per term: a query reads a posting list as one contiguous scan, the index
 * takes a few bytes per posting, and it is saved and restored as raw bytes.
 */
export class FieldPostings {
  constructor(
    readonly offsets: Uint32Array,
    readonly docs: Uint32Array,
    readonly freqs: Uint16Array,
    readonly lengths: Uint32Array,
  ) {}

  /** Mean field length over all passages (0 for an empty index). */
  get averageLength(): number {
    let total = 0;
    for (const length of this.lengths) total += length;
    return this.lengths.length > 0 ? total / this.lengths.length : 0;
  }

  /** How many passages contain term `t` in this field. */
  frequencyOf(t: number): number {
    return t + 1 < this.offsets.length ? (this.offsets[t + 1] ?? 0) - (this.offsets[t] ?? 0) : 0;
  }

  /** Occurrences of term `t` in this field over passages [from, to): the postings from the first at or after `from`. */
  countIn(t: number, from: number, to: number): number {
    const end = this.offsets[t + 1] ?? 0;
    let count = 0;
    for (let j = this.firstAtOrAfter(t, from); j < end && (this.docs[j] as number) < to; j++)
      count += this.freqs[j] as number;
    return count;
  }

  /** Whether passage `doc` contains term `t` in this field. */
  contains(t: number, doc: number): boolean {
    const j = this.firstAtOrAfter(t, doc);
    return j < (this.offsets[t + 1] ?? 0) && this.docs[j] === doc;
  }

  /** Position in `docs` of term `t`'s first posting for a passage >= `doc` (binary search of its list). */
  private firstAtOrAfter(t: number, doc: number): number {
    let lo = this.offsets[t] ?? 0;
    let hi = this.offsets[t + 1] ?? 0;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.docs[mid] ?? 0) < doc) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Throws unless the arrays form a valid index of `size` passages over `termCount` terms (each list strictly
   * ascending, every count at least 1), so a damaged saved index is rebuilt rather than misread.
   */
  validate(size: number, termCount: number): void {
    const { offsets, docs, freqs, lengths } = this;
    if (offsets.length !== termCount + 1 || offsets[0] !== 0 || offsets[termCount] !== docs.length) {
      throw new Error('posting offsets do not match the term list');
    }
    if (freqs.length !== docs.length || lengths.length !== size)
      throw new Error('posting arrays differ in length');
    for (let t = 0; t < termCount; t++) {
      const start = offsets[t] as number;
      const end = offsets[t + 1] as number;
      if (start > end) throw new Error('posting offsets are not in order');
      for (let j = start; j < end; j++) {
        const doc = docs[j] as number;
        if (doc >= size) throw new Error('a posting names a passage out of range');
        if (j > start && doc <= (docs[j - 1] as number)) throw new Error('a posting list is not in order');
        if ((freqs[j] as number) < 1) throw new Error('a posting has no occurrences');
      }
    }
  }
}

/** Collects one field's postings passage by passage (passages added in ascending order), then packs them. */
export class FieldPostingsBuilder {
  private triples = new Uint32Array(3 * 1024);
  private count = 0;
  private readonly lengths: number[] = [];

  /** Records passage `doc`: its term counts (term id → count) and its field length. */
  add(doc: number, termCounts: ReadonlyMap<number, number>, length: number): void {
    this.lengths[doc] = length;
    for (const [term, freq] of termCounts) {
      if (3 * (this.count + 1) > this.triples.length) {
        const grown = new Uint32Array(this.triples.length * 2);
        grown.set(this.triples);
        this.triples = grown;
      }
      this.triples.set([term, doc, freq], 3 * this.count++);
    }
  }

  /** Packs the postings of `size` passages over `termCount` terms (a counting sort by term). */
  finish(size: number, termCount: number): FieldPostings {
    const { triples, count } = this;
    const offsets = new Uint32Array(termCount + 1);
    for (let i = 0; i < count; i++) {
      const slot = (triples[3 * i] ?? 0) + 1;
      offsets[slot] = (offsets[slot] ?? 0) + 1;
    }
    for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
    const next = offsets.slice(0, termCount);
    const docs = new Uint32Array(count);
    const freqs = new Uint16Array(count);
    // Passages were added in ascending order, so each term's list comes out sorted.
    for (let i = 0; i < count; i++) {
      const term = triples[3 * i] ?? 0;
      const at = next[term] ?? 0;
      next[term] = at + 1;
      docs[at] = triples[3 * i + 1] ?? 0;
      // A count above 65,535 is capped: BM25 saturates long before.
      freqs[at] = Math.min(0xffff, triples[3 * i + 2] ?? 0);
    }
    const lengths = Uint32Array.from({ length: size }, (_, doc) => this.lengths[doc] ?? 0);
    return new FieldPostings(offsets, docs, freqs, lengths);
  }
}
