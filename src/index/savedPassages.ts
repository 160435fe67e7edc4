import type { Span } from '../passages/Span.js';
import type { Article } from '../corpus/Article.js';
import type { Passage } from '../passages/buildPassages.js';
import { TagKind, tagEndOf, tagKindOf } from '../passages/tagSentences.js';

const MAX_TAG_KIND = Math.max(...Object.values(TagKind));

/**
 * Passages as the index cache saves them, so a warm start restores them rather than splitting every article
 * again (on the BBC corpus, splitting took most of a warm start). Flat typed arrays as base64.
 */
export interface SavedPassagesJSON {
  /** Per passage, the position of its article in the corpus's `articles` (Uint32). */
  readonly articles: string;
  /** Per passage, where its sentences start in `sentences` (counted in sentences); one more at the end (Uint32). */
  readonly offsets: string;
  /** Every passage's sentences as start, end pairs into its article's text (Uint32). */
  readonly sentences: string;
  /** Per passage, where its tags start in `tags` (counted in values); one more at the end (Uint32). */
  readonly tagOffsets: string;
  /** Every passage's tags, packed as tagSentences.ts's packTag packs them (Uint32). */
  readonly tags: string;
}

/** `passages` of `articles` in their saved form. */
export function savePassages(passages: readonly Passage[], articles: readonly Article[]): SavedPassagesJSON {
  const positions = new Map(articles.map((article, i) => [article.id, i]));
  const articleOf = new Uint32Array(passages.length);
  const offsets = new Uint32Array(passages.length + 1);
  const spans: number[] = [];
  const tagOffsets = new Uint32Array(passages.length + 1);
  const tags = new Uint32Array(passages.reduce((n, p) => n + p.tags.length, 0));
  passages.forEach((passage, i) => {
    const position = positions.get(passage.articleId);
    if (position === undefined) throw new Error(`Passage ${i} names unknown article ${passage.articleId}`);
    articleOf[i] = position;
    for (const sentence of passage.sentences) spans.push(sentence.start, sentence.end);
    offsets[i + 1] = spans.length / 2;
    tags.set(passage.tags, tagOffsets[i]);
    tagOffsets[i + 1] = (tagOffsets[i] as number) + passage.tags.length;
  });
  return {
    articles: toBase64(articleOf),
    offsets: toBase64(offsets),
    sentences: toBase64(Uint32Array.from(spans)),
    tagOffsets: toBase64(tagOffsets),
    tags: toBase64(tags),
  };
}

/**
 * The passages saved by `savePassages` for these `articles`; throws when the data does not describe passages of
 * them (a corrupt cache), so every span is a valid slice of its article.
 */
export function restorePassages(saved: SavedPassagesJSON, articles: readonly Article[]): Passage[] {
  const articleOf = fromBase64(saved.articles);
  const offsets = fromBase64(saved.offsets);
  const spans = fromBase64(saved.sentences);
  if (offsets.length !== articleOf.length + 1 || offsets[0] !== 0 || offsets.at(-1) !== spans.length / 2)
    throw new Error('saved passages do not add up');
  const tagOffsets = fromBase64(saved.tagOffsets);
  const tags = fromBase64(saved.tags);
  if (tagOffsets.length !== articleOf.length + 1 || tagOffsets[0] !== 0 || tagOffsets.at(-1) !== tags.length)
    throw new Error('saved tags do not add up');
  const passages: Passage[] = new Array<Passage>(articleOf.length);
  for (let i = 0; i < articleOf.length; i++) {
    const article = articles[articleOf[i] as number];
    const from = offsets[i] as number;
    const to = offsets[i + 1] as number;
    if (!article || to <= from) throw new Error(`saved passage ${i} is not a passage of the corpus`);
    const sentences: Span[] = [];
    for (let s = from; s < to; s++) {
      const start = spans[2 * s] as number;
      const end = spans[2 * s + 1] as number;
      if (start > end || end > article.text.length)
        throw new Error(`saved passage ${i} is out of its article`);
      sentences.push({ start, end });
    }
    const start = (sentences[0] as Span).start;
    const ownTags = tags.subarray(tagOffsets[i], tagOffsets[i + 1]);
    for (const tag of ownTags) {
      if (tagKindOf(tag) > MAX_TAG_KIND || tagEndOf(tag, start) > article.text.length)
        throw new Error(`saved passage ${i} has a tag out of its article`);
    }
    passages[i] = {
      id: i,
      articleId: article.id,
      start,
      end: (sentences[sentences.length - 1] as Span).end,
      sentences,
      tags: ownTags,
    };
  }
  return passages;
}

function toBase64(array: Uint32Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

function fromBase64(base64: unknown): Uint32Array {
  if (typeof base64 !== 'string') throw new Error('saved passage array is not a string');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.byteLength % 4 !== 0) throw new Error('saved passage array has a ragged length');
  return new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

/**
 * The tags of each article's passages in `saved`, keyed by `keys[position]` (the article's content key at
 * that position of the corpus it was saved from), for a rebuild to reuse (see buildPassages' PreviousTags).
 * Throws when the data does not add up.
 */
export function savedTagsByArticle(
  saved: SavedPassagesJSON,
  keys: readonly string[],
): Map<string, Uint32Array[]> {
  const articleOf = fromBase64(saved.articles);
  const tagOffsets = fromBase64(saved.tagOffsets);
  const tags = fromBase64(saved.tags);
  if (tagOffsets.length !== articleOf.length + 1 || tagOffsets.at(-1) !== tags.length)
    throw new Error('saved tags do not add up');
  const byKey = new Map<string, Uint32Array[]>();
  articleOf.forEach((position, i) => {
    const key = keys[position];
    if (key === undefined) throw new Error(`saved passage ${i} names no article`);
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = []));
    list.push(tags.slice(tagOffsets[i], tagOffsets[i + 1]));
  });
  return byKey;
}
