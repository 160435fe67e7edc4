import type { Span } from '../../passages/Span.js';
import { baselineStem, baselineWords, contentWords } from './baselineTerms.js';

/** Excerpts are compared at most this long (UTF-16 code units), as the engine's are. */
export const MAX_EXCERPT_CHARS = 300;

/** Splits `text` into sentence spans (the engine's `splitSentences`). */
export type SentenceSplitter = (text: string, start?: number, end?: number) => readonly Span[];

/** Inverse document frequency of Porter stems over a fixed set of documents: log(1 + N / df). */
export class StemIdf {
  private readonly documentFrequency = new Map<string, number>();
  private readonly documents: number;

  constructor(texts: Iterable<string>) {
    let count = 0;
    for (const text of texts) {
      count += 1;
      for (const stem of new Set(baselineWords(text).map(baselineStem))) {
        this.documentFrequency.set(stem, (this.documentFrequency.get(stem) ?? 0) + 1);
      }
    }
    this.documents = count;
  }

  /** IDF of a stem; a stem no document holds gets the highest weight, log(1 + N). */
  idf(stem: string): number {
    const df = this.documentFrequency.get(stem) ?? 0;
    return Math.log(1 + this.documents / Math.max(1, df));
  }
}

/**
 * The baselines' excerpt: the sentence of `text` whose words cover the most IDF weight of the question's
 * distinct non-stop stems (the earliest sentence on ties), cut to MAX_EXCERPT_CHARS at a word boundary.
 * Returns the span into `text`, and whether it was cut.
 */
export function pickSentence(
  question: string,
  text: string,
  idf: StemIdf,
  split: SentenceSplitter,
): { span: Span; clipped: boolean } {
  const queryStems = new Set(contentWords(question).map(baselineStem));
  let best: Span = { start: 0, end: text.length };
  let bestScore = -1;
  for (const sentence of split(text)) {
    const stems = new Set(baselineWords(text.slice(sentence.start, sentence.end)).map(baselineStem));
    let score = 0;
    for (const stem of queryStems) if (stems.has(stem)) score += idf.idf(stem);
    if (score > bestScore) {
      best = sentence;
      bestScore = score;
    }
  }
  if (best.end - best.start <= MAX_EXCERPT_CHARS) return { span: best, clipped: false };
  const hardEnd = best.start + MAX_EXCERPT_CHARS;
  const lastSpace = text.lastIndexOf(' ', hardEnd);
  const end = lastSpace > best.start ? lastSpace : hardEnd;
  return { span: { start: best.start, end }, clipped: true };
}
