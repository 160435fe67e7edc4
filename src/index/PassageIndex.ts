import type { Article } from '../corpus/Article.js';
import type { Passage } from '../passages/buildPassages.js';
import { FieldPostings, FieldPostingsBuilder } from './FieldPostings.js';
import { fuzzyNeighbours } from './fuzzyNeighbours.js';
import type { QueryOptions } from './QueryOptions.js';
import { BM25, FIELDS, FUZZY_WEIGHT, TYPO_WEIGHT, fuzzyDistanceFor } from './searchOptions.js';
import { searchTitleOf } from './searchTitleOf.js';
import { processTerm, tokenize } from './terms.js';
import { bytesTo, toBase64, type PassageIndexJSON } from './PassageIndexJSON.js';
import { withDerivedForms, type Expansion } from './withDerivedForms.js';

/** A passage found by `query`. */
export interface IndexHit {
  /** The passage's position in the indexed list. */
  readonly id: number;
  readonly score: number;
  /** Index terms of the passage (title or text) that matched: the question's own, or fuzzy neighbours of typos. */
  readonly terms: readonly string[];
}

/**
 * The searchable index of passages over their text and their article's title (searchTitleOf), ranked by BM25+
 * with minisearch's formula and defaults. A typo's fuzzy neighbours are found by scanning the term list
 * (fuzzyNeighbours); the postings are flat typed arrays (FieldPostings) and a query keeps only the best `limit`
 * passages (minisearch's `search` built a result for every passage sharing a word: 170 ms on 80,000 passages).
 */
export class PassageIndex {
  private readonly termIds: Map<string, number>;
  private readonly fields: readonly {
    readonly postings: FieldPostings;
    readonly boost: number;
    readonly norm: Float64Array;
  }[];
  // Scratch space for scoring, one slot per passage, reused by every query (queries are synchronous).
  private readonly scores: Float64Array;
  private readonly matchedCounts: Uint16Array;
  private readonly lastQueryTerm: Int32Array;
  private readonly stamps: Uint32Array;
  private readonly touched: Uint32Array;
  private generation = 0;

  private constructor(
    private readonly terms: readonly string[],
    postings: readonly [FieldPostings, FieldPostings],
    /** Number of passages indexed. */
    readonly size: number,
  ) {
    this.termIds = new Map(terms.map((term, id) => [term, id]));
    this.fields = FIELDS.map((field, i) => {
      const fieldPostings = postings[i] as FieldPostings;
      const average = fieldPostings.averageLength || 1;
      // BM25's length normalisation per passage, k·(1 − b + b·length / average), computed once.
      const norm = Float64Array.from(
        fieldPostings.lengths,
        (length) => BM25.k * (1 - BM25.b + (BM25.b * length) / average),
      );
      return { postings: fieldPostings, boost: field.boost, norm };
    });
    this.scores = new Float64Array(size);
    this.matchedCounts = new Uint16Array(size);
    this.lastQueryTerm = new Int32Array(size);
    this.stamps = new Uint32Array(size);
    this.touched = new Uint32Array(size);
  }

  /** Indexes `passages`, whose text and title (searchTitleOf) come from `articles` (looked up by id). */
  static build(passages: readonly Passage[], articles: ReadonlyMap<string, Article>): PassageIndex {
    const termIds = new Map<string, number>();
    const builders = FIELDS.map(() => new FieldPostingsBuilder());
    passages.forEach((passage, doc) => {
      const article = articles.get(passage.articleId);
      if (!article) throw new Error(`Passage ${passage.id} names unknown article ${passage.articleId}`);
      const texts = [searchTitleOf(article), article.text.slice(passage.start, passage.end)];
      builders.forEach((builder, field) => {
        const tokens = tokenize(texts[field] ?? '');
        const counts = new Map<number, number>();
        for (const raw of tokens) {
          const term = processTerm(raw);
          if (term === null) continue;
          let id = termIds.get(term);
          if (id === undefined) termIds.set(term, (id = termIds.size));
          counts.set(id, (counts.get(id) ?? 0) + 1);
        }
        builder.add(doc, counts, new Set(tokens).size);
      });
    });
    const [title, text] = builders.map((b) => b.finish(passages.length, termIds.size));
    return new PassageIndex(
      [...termIds.keys()],
      [title as FieldPostings, text as FieldPostings],
      passages.length,
    );
  }

  /** Restores an index saved with `toJSON`; throws when the data is not a valid saved index. */
  static fromJSON(json: PassageIndexJSON): PassageIndex {
    const { size, terms, fields } = json;
    if (!Number.isInteger(size) || size < 0 || !Array.isArray(terms) || !Array.isArray(fields)) {
      throw new Error('not a saved passage index');
    }
    if (!terms.every((t) => typeof t === 'string')) throw new Error('saved index terms are not strings');
    if (fields.length !== FIELDS.length) throw new Error('saved index has other fields');
    const postings = fields.map(
      (f) =>
        new FieldPostings(
          bytesTo(Uint32Array, f.offsets),
          bytesTo(Uint32Array, f.docs),
          bytesTo(Uint16Array, f.freqs),
          bytesTo(Uint32Array, f.lengths),
        ),
    );
    for (const p of postings) p.validate(size, terms.length);
    return new PassageIndex(terms, [postings[0] as FieldPostings, postings[1] as FieldPostings], size);
  }

  /** The index as plain JSON: the term list, and each field's arrays as base64 bytes. */
  toJSON(): PassageIndexJSON {
    return {
      size: this.size,
      terms: [...this.terms],
      fields: this.fields.map(({ postings: p }) => ({
        offsets: toBase64(p.offsets),
        docs: toBase64(p.docs),
        freqs: toBase64(p.freqs),
        lengths: toBase64(p.lengths),
      })),
    };
  }

  /**
   * Passages containing any word of `question` (title or text), best BM25+ score first, at most `limit`. As in
   * minisearch, a passage's summed score is multiplied by how many of the question's terms it matches, so
   * passages matching more of the question come first. A term absent from the corpus matches its fuzzy neighbours;
   * any term, its derived forms (`derived`).
   */
  query(question: string, limit: number, { filter, slips, typos, derived }: QueryOptions = {}): IndexHit[] {
    const queryTerms = [...new Set(tokenize(question).map(processTerm))].filter(
      (t): t is string => t !== null,
    );
    const expansions = queryTerms.map((term) =>
      withDerivedForms(
        this.expand(term, slips?.get(term) ?? [], typos?.has(term) ?? false),
        derived?.get(term),
        this.termIds,
      ),
    );
    const touchedCount = this.score(expansions);
    const best = this.selectBest(touchedCount, limit, filter);
    return best.map(({ id, score }) => ({ id, score, terms: this.matchedTerms(id, expansions) }));
  }

  /** How many passages contain `term` (an index term, as `processTerm` makes it) in their text. */
  frequencyOf(term: string): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : (this.fields[TEXT_FIELD]?.postings.frequencyOf(id) ?? 0);
  }

  /** Occurrences of `term` (an index term) in `field` of passages [from, to) (each holds its article's title). */
  countIn(term: string, from: number, to: number, field: (typeof FIELDS)[number]['name'] = 'text'): number {
    const id = this.termIds.get(term);
    return id === undefined ? 0 : (this.postingsOf(field)?.countIn(id, from, to) ?? 0);
  }

  /** Length of passage `doc`'s text, or its title field (distinct raw tokens, as BM25 here counts it). */
  lengthOf(doc: number, field: (typeof FIELDS)[number]['name'] = 'text'): number {
    return this.postingsOf(field)?.lengths[doc] ?? 0;
  }

  private postingsOf(field: (typeof FIELDS)[number]['name']): FieldPostings | undefined {
    return this.fields[FIELDS.findIndex((f) => f.name === field)]?.postings;
  }

  /** The IDF of a word found nowhere: the highest any word can weigh. */
  get absentTermIdf(): number {
    return idfOf(this.size, 0);
  }

  /**
   * Inverse document frequency of a term: BM25's log(1 + (N - n + 0.5) / (n + 0.5)). A term found nowhere gets
   * the highest weight, so a question about something absent from the corpus is mostly unmatched.
   */
  idf(term: string): number {
    return idfOf(this.size, this.frequencyOf(term));
  }

  /** Whether `term` (an index term) is in the corpus, in a passage's text or an article's title. */
  hasTerm(term: string): boolean {
    return this.termIds.has(term);
  }

  /** The corpus terms a question term matches: itself, else its fuzzy neighbours and slips (at distance 1). */
  private expand(term: string, slips: readonly string[], isPlainTypo: boolean): Expansion[] {
    const id = this.termIds.get(term);
    if (id !== undefined) return [{ termId: id, weight: 1 }];
    const distances = new Map<number, number>();
    const distance = fuzzyDistanceFor(term, isPlainTypo);
    if (distance > 0)
      for (const n of fuzzyNeighbours(this.terms, term, distance)) distances.set(n.termId, n.distance);
    for (const slipId of slips.map((slip) => this.termIds.get(slip)))
      if (slipId !== undefined) distances.set(slipId, 1);
    return [...distances].map(([termId, d]) => {
      const length = (this.terms[termId] as string).length;
      return { termId, weight: ((isPlainTypo ? TYPO_WEIGHT : FUZZY_WEIGHT) * length) / (length + d) };
    });
  }

  /** Accumulates every matching passage's score in the scratch arrays; returns how many were touched. */
  private score(expansions: readonly Expansion[][]): number {
    const { scores, matchedCounts, lastQueryTerm, stamps, touched, size } = this;
    // Stamps mark the passages this query touched; when the counter would overflow the stamps, start over.
    if (this.generation === 0xffffffff) {
      this.stamps.fill(0);
      this.generation = 0;
    }
    const generation = ++this.generation;
    let touchedCount = 0;
    expansions.forEach((termExpansions, queryTerm) => {
      for (const { termId, weight } of termExpansions) {
        for (const { postings, boost, norm } of this.fields) {
          const start = postings.offsets[termId] ?? 0;
          const end = postings.offsets[termId + 1] ?? 0;
          if (start === end) continue;
          const w = weight * boost * idfOf(size, end - start);
          const { docs, freqs } = postings;
          for (let j = start; j < end; j++) {
            const doc = docs[j] as number;
            const tf = freqs[j] as number;
            const s = w * (BM25.d + (tf * (BM25.k + 1)) / (tf + (norm[doc] as number)));
            if (stamps[doc] !== generation) {
              stamps[doc] = generation;
              scores[doc] = s;
              matchedCounts[doc] = 1;
              lastQueryTerm[doc] = queryTerm;
              touched[touchedCount++] = doc;
            } else {
              scores[doc] = (scores[doc] as number) + s;
              if (lastQueryTerm[doc] !== queryTerm) {
                lastQueryTerm[doc] = queryTerm;
                matchedCounts[doc] = (matchedCounts[doc] as number) + 1;
              }
            }
          }
        }
      }
    });
    return touchedCount;
  }

  /** The best `limit` touched passages by final score (ties: lower id first), kept in a small sorted list. */
  private selectBest(
    touchedCount: number,
    limit: number,
    filter?: (passageId: number) => boolean,
  ): { id: number; score: number }[] {
    const best: { id: number; score: number }[] = [];
    if (limit <= 0) return best;
    for (let i = 0; i < touchedCount; i++) {
      const id = this.touched[i] as number;
      const score = (this.scores[id] as number) * (this.matchedCounts[id] as number);
      const last = best[best.length - 1];
      if (best.length === limit && last && !ranksBefore(score, id, last)) continue;
      if (filter && !filter(id)) continue;
      let at = best.length;
      while (at > 0 && ranksBefore(score, id, best[at - 1] as { id: number; score: number })) at--;
      best.splice(at, 0, { id, score });
      if (best.length > limit) best.pop();
    }
    return best;
  }

  private matchedTerms(doc: number, expansions: readonly Expansion[][]): string[] {
    const matched: string[] = [];
    for (const termExpansions of expansions) {
      for (const { termId } of termExpansions) {
        if (this.fields.some(({ postings }) => postings.contains(termId, doc))) {
          matched.push(this.terms[termId] as string);
        }
      }
    }
    return matched;
  }
}

/** Position of the passage text among FIELDS: document frequency (and so IDF) counts the text only. */
const TEXT_FIELD = FIELDS.findIndex((field) => field.name === 'text');

function ranksBefore(score: number, id: number, other: { id: number; score: number }): boolean {
  return score > other.score || (score === other.score && id < other.id);
}

function idfOf(size: number, frequency: number): number {
  return Math.log(1 + (size - frequency + 0.5) / (frequency + 0.5));
}
