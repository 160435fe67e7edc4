import { editDistance } from '../index/editDistance.js';
import type { Article } from '../corpus/Article.js';

/**
 * Articles whose id or title best match `query`, best first, at most `limit`: exact id, id prefix, id or title
 * substring, title words starting with the query's words, then ids within a small edit distance ("did you
 * mean"). Case-insensitive. An empty query lists the first `limit` articles.
 */
export function suggestArticles(articles: readonly Article[], query: string, limit: number): Article[] {
  const q = query.trim().toLowerCase();
  if (limit <= 0) return [];
  if (q.length === 0) return articles.slice(0, limit);
  const words = q.split(/\s+/);
  const scored: { article: Article; rank: number; order: number }[] = [];
  articles.forEach((article, order) => {
    const id = article.id.toLowerCase();
    const title = article.title.toLowerCase();
    let rank: number | null = null;
    if (id === q) rank = 0;
    else if (id.startsWith(q)) rank = 1;
    else if (id.includes(q)) rank = 2;
    else if (title.includes(q)) rank = 3;
    else if (words.every((w) => title.split(/[^\p{L}\p{N}]+/u).some((t) => t.startsWith(w)))) rank = 4;
    else {
      const max = Math.max(1, Math.floor(q.length / 4));
      const d = editDistance(q, id.slice(0, q.length + max), max);
      if (d <= max) rank = 5 + d;
    }
    if (rank !== null) scored.push({ article, rank, order });
  });
  return scored
    .sort((a, b) => a.rank - b.rank || a.order - b.order)
    .slice(0, limit)
    .map((s) => s.article);
}
