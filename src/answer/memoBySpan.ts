import type { Span } from '../passages/Span.js';

/** Spans whose end reaches this are not remembered (the key below needs end < 2^26; articles are far shorter). */
const KEY_LIMIT = 2 ** 26;

/**
 * `measure` remembering its result per span (by start and end): re-ranking weighs a passage's sentences once
 * for the follow-on and again as quotes (and as the sentence a continuation follows), the same spans each time.
 * `measure` must depend on the span's offsets only. One memo per passage and question.
 */
export function memoBySpan(measure: (span: Span) => number): (span: Span) => number {
  const known = new Map<number, number>();
  return (span) => {
    if (span.end >= KEY_LIMIT || span.start < 0) return measure(span);
    // Exact: start < 2^26 and end < 2^26, so start · 2^26 + end < 2^52.
    const key = span.start * KEY_LIMIT + span.end;
    let value = known.get(key);
    if (value === undefined) {
      value = measure(span);
      known.set(key, value);
    }
    return value;
  };
}
