import type { Span } from '../../answer/AnswerResult.js';

/**
 * A plain sentence splitter for the baselines' excerpts when the engine's `splitSentences` is not available:
 * a sentence ends after `.`, `!` or `?` (and any closing quotes or brackets) followed by whitespace and an
 * uppercase letter, digit or opening quote, or at a line break. Spans are trimmed and never empty; they cover
 * `text.slice(start, end)` (default the whole text).
 */
export function simpleSplitSentences(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  const boundary = /[.!?]["'”’)\]]*(?=\s+["'“‘(]?[\p{Lu}\p{N}])|\n/gu;
  boundary.lastIndex = start;
  let from = start;
  const push = (to: number): void => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text.charAt(a))) a += 1;
    while (b > a && /\s/.test(text.charAt(b - 1))) b -= 1;
    if (b > a) spans.push({ start: a, end: b });
  };
  for (let match = boundary.exec(text); match && match.index < end; match = boundary.exec(text)) {
    const to = Math.min(end, match.index + match[0].length);
    push(to);
    from = to;
  }
  push(end);
  return spans;
}
