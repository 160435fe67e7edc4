import type { Passage } from '../passages/buildPassages.js';
import type { Span } from '../passages/Span.js';
import type { AnswerContext } from './AnswerContext.js';
import { FOLLOW_ON_WINDOW } from './followOnSentence.js';
import type { PassageTokens } from './passageTokens.js';
import { wordMarksOf, type WordMarks } from './phraseMarksOf.js';

/** A passage's tokens and sentences, with the first sentences of the passage after it appended when there is one. */
export interface PassageWithFollower {
  readonly tokens: PassageTokens;
  readonly sentences: readonly Span[];
  /** How many of `sentences` (and of `tokens.sentenceRanges`) are the passage's own; the rest follow it. */
  readonly ownSentences: number;
  /** How many of the tokens are the passage's own. */
  readonly ownTokens: number;
  /** What the phrase feature reads of the words whatever the question (see phraseMarksOf.ts). */
  readonly marks: WordMarks;
}

/**
 * `passage` with the first `count` sentences of the next passage of its article appended (default: as many as
 * FOLLOW_ON_WINDOW reaches, at least one). News paragraphs are often a single sentence, and the one that
 * matches the question's words ("a hearing into postal fraud") is often followed by the one that answers it
 * ("Judge Richard Mawrey told the hearing…"), which shares too few of its words to be retrieved by itself.
 */
export function withFollowingSentence(
  ctx: AnswerContext,
  text: string,
  passage: Passage,
  count: number = Math.max(1, FOLLOW_ON_WINDOW.nextParagraph),
): PassageWithFollower {
  return ctx.tokenCache.joined(passage, count, () => joinFollower(ctx, text, passage, count));
}

function joinFollower(
  ctx: AnswerContext,
  text: string,
  passage: Passage,
  count: number,
): PassageWithFollower {
  const own = ctx.tokenCache.get(text, passage);
  const next = ctx.passages[passage.id + 1];
  const following = next?.sentences.slice(0, count) ?? [];
  if (!next || next.articleId !== passage.articleId || following.length === 0) {
    return {
      tokens: own,
      sentences: passage.sentences,
      ownSentences: passage.sentences.length,
      ownTokens: own.tokens.length,
      marks: wordMarksOf(own.words),
    };
  }
  const nextTokens = ctx.tokenCache.get(text, next);
  const [, end] = nextTokens.sentenceRanges[following.length - 1] ?? [0, 0];
  const offset = own.tokens.length;
  const ranges = nextTokens.sentenceRanges
    .slice(0, following.length)
    .map(([from, to]): [number, number] => [offset + from, offset + to]);
  const words = [...own.words, ...nextTokens.words.slice(0, end)];
  return {
    tokens: {
      tokens: [...own.tokens, ...nextTokens.tokens.slice(0, end)],
      words,
      sentenceRanges: [...own.sentenceRanges, ...ranges],
    },
    sentences: [...passage.sentences, ...following],
    ownSentences: passage.sentences.length,
    ownTokens: offset,
    marks: wordMarksOf(words),
  };
}
