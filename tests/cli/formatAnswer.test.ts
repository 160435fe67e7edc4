import { describe, expect, it } from 'vitest';
import type { Excerpt } from '../../src/answer/AnswerResult.js';
import { answerRecord, formatAnswer, ORDER_NOTE } from '../../src/cli/formatAnswer.js';
import { foundAnswer } from '../support/excerptOf.js';

function excerpt(quote: string, score: number, extra: Partial<Excerpt> = {}): Excerpt {
  return {
    sourceId: 'news/001',
    title: 'Ferry stops',
    date: null,
    quote,
    start: 100,
    end: 100 + quote.length,
    score,
    matchedTerms: [],
    highlights: [],
    ...extra,
  };
}

describe('formatAnswer', () => {
  it('marks each side of a quote cut from a longer sentence with "…", and only those', () => {
    const quote = 'the ferry to Oslo would stop running in March';
    const shown = (cut: Excerpt['cut']): string =>
      formatAnswer({
        kind: 'found',
        question: 'q',
        excerpts: [excerpt(quote, 1, cut === undefined ? {} : { cut })],
      }).split('\n')[0] ?? '';
    expect(shown({ before: true, after: true })).toBe(`1. “…${quote}…”`);
    expect(shown({ before: true, after: false })).toBe(`1. “…${quote}”`);
    expect(shown({ before: false, after: true })).toBe(`1. “${quote}…”`);
    expect(shown(undefined)).toBe(`1. “${quote}”`);
  });

  it('explains the order when a later quote scores higher (an article already quoted preferred)', () => {
    const out = formatAnswer({
      kind: 'found',
      question: 'q',
      excerpts: [excerpt('First.', 1.9), excerpt('Second.', 1.2), excerpt('Third.', 1.5)],
    });
    expect(out.endsWith(`\n\n${ORDER_NOTE}`)).toBe(true);
    const inOrder = formatAnswer({
      kind: 'found',
      question: 'q',
      excerpts: [excerpt('First.', 1.9), excerpt('Second.', 1.5)],
    });
    expect(inOrder).not.toContain(ORDER_NOTE);
  });

  it('gives the reasons pickExcerpts has for its order', () => {
    // why: a further quote of an article already quoted counts more than its score (SAME_ARTICLE_FACTOR above 1),
    // so other articles' quotes do not come first; and the first quote may go on to the sentence after it
    // (withNextSentence), scored as the pair, below the sentence alone. The note must not say the opposite.
    expect(ORDER_NOTE).not.toMatch(/other articles before more of one already quoted/);
    expect(ORDER_NOTE).toMatch(/already quoted/);
    expect(ORDER_NOTE).toMatch(/sentence after/);
  });
});

describe('formatAnswer: the source line', () => {
  const found = (e: Excerpt) => formatAnswer({ kind: 'found', question: 'q', excerpts: [e] });

  it('starts with the speaker when the article names one, then title, date, id and score', () => {
    const e = excerpt('The next few days will be decisive.', 1.998, {
      speaker: 'Emmanuel Macron',
      title: 'Macron and Putin agree',
      date: '2022-02-08',
    });
    expect(found(e).split('\n')[1]).toBe(
      '   — Emmanuel Macron, in Macron and Putin agree · 2022-02-08 · news/001 · score 1.998',
    );
  });

  it('has the same form without the speaker when none is known', () => {
    expect(found(excerpt('The ferry will stop.', 1.5)).split('\n')[1]).toBe(
      '   — Ferry stops · undated · news/001 · score 1.500',
    );
  });
});

describe('answerRecord', () => {
  it('gives the speaker under "speaker", null when the article names none', () => {
    const record = answerRecord(
      foundAnswer(excerpt('Talks were useful.', 2, { speaker: 'Vladimir Putin' }), excerpt('Talks.', 1)),
    ) as { excerpts: { speaker: string | null }[] };
    expect(record.excerpts.map((e) => e.speaker)).toEqual(['Vladimir Putin', null]);
  });

  it('lists under "alsoIn" the other articles with the same quote, and says so in the terminal', () => {
    const result = {
      kind: 'found' as const,
      question: 'q',
      excerpts: [excerpt('The ferry will stop.', 1, { alsoIn: ['news/007'] })] as [Excerpt],
    };
    expect((answerRecord(result) as { excerpts: { alsoIn: string[] }[] }).excerpts[0]?.alsoIn).toEqual([
      'news/007',
    ]);
    expect(formatAnswer(result)).toContain('· also in news/007');
  });

  it('keeps the exact slice as the quote, with no "…", even when it was cut', () => {
    const record = answerRecord({
      kind: 'found',
      question: 'q',
      excerpts: [excerpt('the ferry would stop', 1, { cut: { before: true, after: true } })],
    }) as { excerpts: { quote: string }[] };
    expect(record.excerpts[0]?.quote).toBe('the ferry would stop');
  });

  it('gives a rejected question the reason under "error"', () => {
    expect(
      answerRecord({ kind: 'invalid', question: '', reason: 'empty', message: 'Ask something.' }),
    ).toEqual({
      question: '',
      answered: false,
      excerpts: [],
      error: 'Ask something.',
    });
  });
});
