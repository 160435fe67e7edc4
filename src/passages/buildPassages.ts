import type { Span } from './Span.js';
import type { Article } from '../corpus/Article.js';
import { isBoilerplate } from './boilerplate.js';
import { splitSentences } from './splitSentences.js';
import { tagSentences } from './tagSentences.js';
import { trimSpan } from './trimSpan.js';

/**
 * A passage is the unit of retrieval: one paragraph of an article's body, or a run of its sentences when the
 * paragraph is longer than MAX_PASSAGE_CHARS. Offsets index the article's text.
 */
export interface Passage {
  /** Position in the engine's passage list; also the search index's document id. */
  readonly id: number;
  readonly articleId: string;
  readonly start: number;
  readonly end: number;
  /** Sentences inside [start, end), in order. */
  readonly sentences: readonly Span[];
  /**
   * What its sentences hold (see tagSentences), packed relative to `start` (see packTag): computed when the
   * index is built and saved with it, so a question costs no tagging of the corpus.
   */
  readonly tags: Uint32Array;
}

/**
 * The tags of an article's passages from an earlier build, when its text is unchanged (see indexCache.ts's
 * `previousTags`): one array per passage, in order. A rebuild then tags only the articles that changed.
 */
export type PreviousTags = (article: Article) => readonly Uint32Array[] | undefined;

const EMPTY = new Uint32Array(0);

/** Paragraphs longer than this (UTF-16 code units) are cut into runs of whole sentences of about this size. */
export const MAX_PASSAGE_CHARS = 1200;

/**
 * Splits the body of each article into passages, skipping boilerplate paragraphs. Appends to `passages` (ids
 * continue from its length), so a long list can be built a slice of articles at a time.
 */
export function buildPassages(
  articles: readonly Article[],
  passages: Passage[] = [],
  previousTags?: PreviousTags,
): Passage[] {
  for (const article of articles) {
    const first = passages.length;
    for (const paragraph of splitParagraphs(article.text, article.bodyStart)) {
      if (isBoilerplate(article.text.slice(paragraph.start, paragraph.end))) continue;
      const sentences = splitSentences(article.text, paragraph.start, paragraph.end);
      for (const run of groupSentences(sentences)) {
        const first = run[0];
        const last = run[run.length - 1];
        if (!first || !last) continue;
        passages.push({
          id: passages.length,
          articleId: article.id,
          start: first.start,
          end: last.end,
          sentences: run,
          tags: EMPTY,
        });
      }
    }
    const built = passages.length - first;
    const reused = previousTags?.(article);
    for (let i = first; i < passages.length; i++) {
      const passage = passages[i] as Passage;
      const tags =
        reused?.length === built
          ? (reused[i - first] as Uint32Array)
          : tagSentences(article.text, passage.sentences, passage.start);
      passages[i] = { ...passage, tags };
    }
  }
  return passages;
}

/** Paragraphs of `text` from `from` on (the first `max` of them): runs of text separated by blank lines, trimmed. */
export function splitParagraphs(text: string, from = 0, max = Infinity): Span[] {
  const spans: Span[] = [];
  const separator = /\r?\n[ \t]*\r?\n\s*/g;
  separator.lastIndex = from;
  let start = from;
  while (spans.length < max) {
    const match = separator.exec(text);
    const end = match ? match.index : text.length;
    const trimmed = trimSpan(text, start, end);
    if (trimmed) spans.push(trimmed);
    if (!match) break;
    start = match.index + match[0].length;
  }
  return spans;
}

function groupSentences(sentences: readonly Span[]): Span[][] {
  const runs: Span[][] = [];
  let run: Span[] = [];
  for (const sentence of sentences) {
    const runStart = run[0]?.start;
    if (runStart !== undefined && sentence.end - runStart > MAX_PASSAGE_CHARS) {
      runs.push(run);
      run = [];
    }
    run.push(sentence);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}
