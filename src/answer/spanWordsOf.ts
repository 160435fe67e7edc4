import type { Article } from '../corpus/Article.js';
import type { Span } from '../passages/Span.js';
import { spanKey } from './spanKey.js';

/**
 * Spans whose words are kept, across questions and articles; past it the store starts over. A question reads
 * some twenty-five quotes' words (see pickExcerpts.ts), so this holds some eighty questions' worth; a span's
 * words take about 3 KB (a set, a list and the strings), so at most ~6 MB.
 */
const MAX_SPANS = 2_000;

/** A span's distinct words, as a set to look words up in and as a list to walk (quicker than the set's iterator). */
export interface SpanWords {
  readonly set: ReadonlySet<string>;
  readonly list: readonly string[];
}

let store = new WeakMap<Article, Map<number, SpanWords>>();
let stored = 0;

/**
 * The distinct lowercase words (runs of letters and digits) of `article.text[span]`, kept for the next question
 * that quotes the same span: reading them was a sixth of `answer()`'s time, and the quotes of a popular
 * passage (its sentences and pairs of sentences) are weighed again by every question that finds it. Kept by
 * article, so an article replaced by a rebuild is read afresh.
 */
export function spanWordsOf(article: Article, span: Span): SpanWords {
  const read = (): SpanWords => {
    const text = article.text.slice(span.start, span.end).toLowerCase();
    const set = new Set(text.match(/[\p{L}\p{N}]+/gu) ?? []);
    return { set, list: [...set] };
  };
  const key = spanKey(span);
  if (key === undefined) return read();
  let spans = store.get(article);
  const known = spans?.get(key);
  if (known) return known;
  if (stored >= MAX_SPANS) {
    store = new WeakMap();
    stored = 0;
    spans = undefined;
  }
  if (!spans) store.set(article, (spans = new Map<number, SpanWords>()));
  const words = read();
  spans.set(key, words);
  stored += 1;
  return words;
}
