import type { Span } from '../passages/Span.js';
import { spanKey } from './spanKey.js';

/**
 * `measure` remembering its result per span (by start and end): re-ranking weighs a passage's sentences once
 * for the follow-on and again as quotes (and as the sentence a continuation follows), the same spans each time.
 * `measure` must depend on the span's offsets only. One memo per passage and question.
 */
export function memoBySpan(measure: (span: Span) => number): (span: Span) => number {
  const known = new Map<number, number>();
  return (span) => {
    const key = spanKey(span);
    if (key === undefined) return measure(span);
    let value = known.get(key);
    if (value === undefined) {
      value = measure(span);
      known.set(key, value);
    }
    return value;
  };
}
