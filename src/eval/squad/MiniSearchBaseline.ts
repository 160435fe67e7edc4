import MiniSearch from 'minisearch';
import type { BaselineDocument } from './Fts5Baseline.js';

/**
 * The minisearch-defaults baseline: `new MiniSearch({ fields: ['text'] })` and `search(question)` with default
 * search options (no stemming, no stop words, no prefix or fuzzy matching, OR of the question's words, BM25+).
 */
export class MiniSearchBaseline {
  private readonly index = new MiniSearch<BaselineDocument>({ fields: ['text'] });

  constructor(documents: readonly BaselineDocument[]) {
    this.index.addAll(documents);
  }

  /** Ids of the best `limit` documents for `question`, best first. */
  search(question: string, limit: number): string[] {
    return this.index
      .search(question)
      .slice(0, limit)
      .map((result) => String(result.id));
  }
}
