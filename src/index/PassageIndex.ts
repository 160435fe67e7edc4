import MiniSearch, { type SearchResult } from 'minisearch';
import type { Article } from '../corpus/Article.js';
import type { Passage } from '../passages/buildPassages.js';
import { INDEX_OPTIONS, searchOptions, type IndexedPassage } from './searchOptions.js';
import { termsOf } from './terms.js';

/**
 * The searchable index of passages: minisearch for BM25 retrieval, plus each term's document frequency
 * (how many passages contain it), which the answer stage uses to weigh words by rarity.
 */
export class PassageIndex {
  private constructor(
    private readonly search: MiniSearch<IndexedPassage>,
    private readonly documentFrequency: ReadonlyMap<string, number>,
    /** Number of passages indexed. */
    readonly size: number,
  ) {}

  /** Indexes `passages`, whose text and title come from `articles` (looked up by id). */
  static build(passages: readonly Passage[], articles: ReadonlyMap<string, Article>): PassageIndex {
    const search = new MiniSearch<IndexedPassage>(INDEX_OPTIONS);
    const df = new Map<string, number>();
    const docs: IndexedPassage[] = [];
    for (const passage of passages) {
      const article = articles.get(passage.articleId);
      if (!article) throw new Error(`Passage ${passage.id} names unknown article ${passage.articleId}`);
      const text = article.text.slice(passage.start, passage.end);
      docs.push({ id: passage.id, title: article.title, text });
      for (const term of termsOf(text)) df.set(term, (df.get(term) ?? 0) + 1);
    }
    search.addAll(docs);
    return new PassageIndex(search, df, passages.length);
  }

  /** Restores an index saved with `toJSON`; throws when the data is not a saved index. */
  static fromJSON(json: PassageIndexJSON): PassageIndex {
    const search = MiniSearch.loadJS<IndexedPassage>(json.minisearch as never, INDEX_OPTIONS);
    return new PassageIndex(search, new Map(json.documentFrequency), json.size);
  }

  toJSON(): PassageIndexJSON {
    return {
      minisearch: this.search.toJSON(),
      documentFrequency: [...this.documentFrequency],
      size: this.size,
    };
  }

  /** Passages containing any word of `question`, best BM25 score first, at most `limit`. */
  query(question: string, limit: number, filter?: (passageId: number) => boolean): SearchResult[] {
    const results = this.search.search(question, {
      ...searchOptions((term) => this.documentFrequency.has(term)),
      ...(filter ? { filter: (result: SearchResult) => filter(result.id as number) } : {}),
    });
    return results.length > limit ? results.slice(0, limit) : results;
  }

  /** How many passages contain `term` (an index term, as `processTerm` makes it). */
  frequencyOf(term: string): number {
    return this.documentFrequency.get(term) ?? 0;
  }

  /**
   * Inverse document frequency of a term: BM25's log(1 + (N - n + 0.5) / (n + 0.5)). A term found nowhere gets
   * the highest weight, so a question about something absent from the corpus is mostly unmatched.
   */
  idf(term: string): number {
    const n = this.frequencyOf(term);
    return Math.log(1 + (this.size - n + 0.5) / (n + 0.5));
  }
}

/** The persisted form of a PassageIndex (plain JSON). */
export interface PassageIndexJSON {
  readonly minisearch: unknown;
  readonly documentFrequency: [string, number][];
  readonly size: number;
}
