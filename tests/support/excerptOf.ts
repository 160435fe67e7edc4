import type { AnswerResult, Excerpt } from '../../src/answer/AnswerResult.js';

/**
 * An excerpt quoting `quote` from the start of article `news/001` ("Ferry stops", undated), score 1, nothing
 * matched or highlighted; `extra` overrides any field (and `end` follows `start` unless given).
 */
export function excerptOf(quote: string, extra: Partial<Excerpt> = {}): Excerpt {
  const start = extra.start ?? 0;
  return {
    sourceId: 'news/001',
    title: 'Ferry stops',
    date: null,
    quote,
    start,
    end: start + quote.length,
    score: 1,
    matchedTerms: [],
    highlights: [],
    ...extra,
  };
}

/** A found answer to question "q" with these excerpts, in order. */
export function foundAnswer(first: Excerpt, ...rest: Excerpt[]): AnswerResult {
  return { kind: 'found', question: 'q', excerpts: [first, ...rest] };
}
