import type { Span } from '../passages/Span.js';
import { tokenRangeOf, type TermToken } from './passageTokens.js';

/**
 * Whether the quote `span` matches a question term (`hitIndex[i]`, the term token i matches, or -1) that the
 * sentence `previous` lacks. For a continuation (a later sentence quoted alone, weighed with the sentence it
 * continues, see quoteSpans): one that brings question words of its own is about the question in its own
 * right, not only through the sentence before it. `tokens` are the passage's with the following sentences.
 */
export function addsQuestionWords(
  tokens: readonly TermToken[],
  hitIndex: Int32Array,
  span: Span,
  previous: Span,
): boolean {
  const [a, b] = tokenRangeOf(tokens, previous.start, previous.end, 0, tokens.length);
  const before = new Set<number>();
  for (let i = a; i < b; i++) {
    const hit = hitIndex[i] ?? -1;
    if (hit >= 0) before.add(hit);
  }
  const [c, d] = tokenRangeOf(tokens, span.start, span.end, 0, tokens.length);
  for (let i = c; i < d; i++) {
    const hit = hitIndex[i] ?? -1;
    if (hit >= 0 && !before.has(hit)) return true;
  }
  return false;
}
