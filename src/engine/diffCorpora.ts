import type { Corpus, SkippedFile } from '../corpus/Article.js';

/** What a rebuild changed, by article id (a renamed file is one id removed and one added). */
export interface CorpusDiff {
  /** Ids indexed now and not before. */
  readonly added: readonly string[];
  /** Ids indexed before and now whose text (or title) changed. */
  readonly updated: readonly string[];
  /** Ids indexed before and not now. */
  readonly removed: readonly string[];
  /** Every file the new corpus skipped, with its reason (not only the new ones: they all stay unanswerable). */
  readonly skipped: readonly SkippedFile[];
}

/** Compares two loads of a corpus folder. Ids are listed in the corpora's (sorted) order. */
export function diffCorpora(before: Corpus, after: Corpus): CorpusDiff {
  const old = new Map(before.articles.map((a) => [a.id, a]));
  const now = new Set(after.articles.map((a) => a.id));
  const added: string[] = [];
  const updated: string[] = [];
  for (const article of after.articles) {
    const previous = old.get(article.id);
    if (!previous) added.push(article.id);
    else if (previous.text !== article.text || previous.title !== article.title) updated.push(article.id);
  }
  const removed = before.articles.filter((a) => !now.has(a.id)).map((a) => a.id);
  return { added, updated, removed, skipped: after.skipped };
}
