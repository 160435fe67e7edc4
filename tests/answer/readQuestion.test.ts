import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/answer/readQuestion.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

const ctx = answerContextOf(
  corpusOf({
    talks: paragraphs(
      'Leaders Talk In Moscow',
      'French President Emmanuel Macron met Russian President Vladimir Putin in Moscow on Monday.',
      'Putin said NATO had ignored Russian concerns for years, and that the talks with Macron were useful.',
    ),
  }).articles,
);

describe('readQuestion', () => {
  it('drops a lead-in written with a contraction ("I\'d like to know")', () => {
    // why: the contraction was written out first ("I did like to know"), so the lead-in no longer matched and
    // "like" and "know", in no article, were searched as the question's words.
    expect(readQuestion(ctx, "I'd like to know what putin said about nato")).toBe(
      'what Putin said about NATO',
    );
  });

  it('reads a question in capitals or Title Case with a contraction as typed in lowercase', () => {
    // why: the written-out word ("did") was lowercase, so the question no longer looked all in capitals or in
    // Title Case, and each of its words stayed a name (in capitals an acronym) that no passage holds.
    expect(readQuestion(ctx, "WHAT'D PUTIN SAY ABOUT NATO?")).toBe('what did Putin say about NATO?');
    expect(readQuestion(ctx, "What'd Putin Say About Nato?")).toBe('what did Putin say about NATO?');
  });

  it('writes out contractions and keeps a sentence-case question as typed', () => {
    expect(readQuestion(ctx, "Hi! What'd Putin say about NATO, please?")).toBe(
      'What did Putin say about NATO?',
    );
  });
});
