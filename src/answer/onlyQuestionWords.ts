import type { TermToken } from './passageTokens.js';

/**
 * Whether every word of a quote, its tokens `from` to `to` (exclusive), stop words aside, matches a question
 * term or a word related to one.
 */
export function onlyQuestionWords(
  tokens: readonly TermToken[],
  from: number,
  to: number,
  hitIndex: Int32Array,
  relatedHit: Int32Array,
): boolean {
  for (let i = from; i < to; i++) {
    if ((tokens[i] as TermToken).term === null) continue;
    if ((hitIndex[i] ?? -1) < 0 && (relatedHit[i] ?? -1) < 0) return false;
  }
  return true;
}
