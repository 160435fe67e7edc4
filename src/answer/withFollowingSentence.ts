import type { Passage } from '../passages/buildPassages.js';
import type { Span } from '../passages/Span.js';
import type { AnswerContext } from './AnswerContext.js';
import type { PassageTokens } from './passageTokens.js';

/** A passage's tokens and sentences, with the first sentence of the passage after it appended when there is one. */
export interface PassageWithFollower {
  readonly tokens: PassageTokens;
  readonly sentences: readonly Span[];
  /** How many of `sentences` (and of `tokens.sentenceRanges`) are the passage's own; the rest follow it. */
  readonly ownSentences: number;
  /** How many of the tokens are the passage's own. */
  readonly ownTokens: number;
}

/**
 * `passage` with the first sentence of the next passage of its article appended. News paragraphs are often a
 * single sentence, and the one that matches the question's words ("a hearing into postal fraud") is often
 * followed by the one that answers it ("Judge Richard Mawrey told the hearing…"), which shares too few of
 * its words to be retrieved by itself.
 */
export function withFollowingSentence(
  ctx: AnswerContext,
  text: string,
  passage: Passage,
): PassageWithFollower {
  const own = ctx.tokenCache.get(text, passage);
  const base = {
    tokens: own,
    sentences: passage.sentences,
    ownSentences: passage.sentences.length,
    ownTokens: own.tokens.length,
  };
  const next = ctx.passages[passage.id + 1];
  const sentence = next?.sentences[0];
  if (!next || next.articleId !== passage.articleId || !sentence) return base;
  const following = ctx.tokenCache.get(text, next);
  const [, end] = following.sentenceRanges[0] ?? [0, 0];
  const offset = own.tokens.length;
  return {
    tokens: {
      tokens: [...own.tokens, ...following.tokens.slice(0, end)],
      words: [...own.words, ...following.words.slice(0, end)],
      sentenceRanges: [...own.sentenceRanges, [offset, offset + end]],
    },
    sentences: [...passage.sentences, sentence],
    ownSentences: passage.sentences.length,
    ownTokens: offset,
  };
}
