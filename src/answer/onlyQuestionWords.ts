import type { Span } from '../passages/Span.js';
import type { TermToken } from './passageTokens.js';

/** Whether every word of `span` (stop words aside) matches a question term or a word related to one. */
export function onlyQuestionWords(
  tokens: readonly TermToken[],
  span: Span,
  hitIndex: Int32Array,
  relatedHit: Int32Array,
): boolean {
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as TermToken;
    if (token.start < span.start || token.term === null) continue;
    if (token.end > span.end) break;
    if ((hitIndex[i] ?? -1) < 0 && (relatedHit[i] ?? -1) < 0) return false;
  }
  return true;
}
