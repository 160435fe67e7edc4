import { describe, expect, it } from 'vitest';
import { questionWordsOf, type AnswerType } from '../../src/answer/answerType.js';
import { typedNearness } from '../../src/answer/typedNearness.js';
import { processTerm, tokenizeWithOffsets } from '../../src/index/terms.js';
import { splitSentences } from '../../src/passages/splitSentences.js';
import { tagSentences } from '../../src/passages/tagSentences.js';
import { tokenRangeOf } from '../../src/answer/passageTokens.js';

/**
 * typedNearness of `sentence` (one quote, split into sentences and tagged as the index does) for `question`
 * asking for `type`.
 */
function nearness(type: AnswerType, question: string, sentence: string): number {
  const span = { start: 0, end: sentence.length };
  const tokens = tokenizeWithOffsets(sentence).map((t) => ({ ...t, term: processTerm(t.raw) }));
  const sentenceRanges = splitSentences(sentence).map((s) =>
    tokenRangeOf(tokens, s.start, s.end, 0, tokens.length),
  );
  const questionTerms = new Set(tokenizeWithOffsets(question).map((t) => processTerm(t.raw)));
  questionTerms.delete(null);
  const matched = (i: number): boolean => questionTerms.has(tokens[i]?.term ?? null);
  const tagged = [{ start: 0, tags: tagSentences(sentence, [span], 0) }];
  return typedNearness(
    type,
    sentence,
    span,
    tokens,
    0,
    tokens.length,
    matched,
    sentenceRanges,
    tagged,
    questionWordsOf(question),
  );
}

describe('typedNearness', () => {
  it('is highest for a new name right next to the word that asks for it ("Judge Letitia Clark")', () => {
    const question = 'Which judge threw out the bankruptcy case?';
    const answer = nearness(
      'person',
      question,
      'In Texas, Judge Letitia Clark said the firm had no US presence.',
    );
    const restates = nearness(
      'person',
      question,
      'But the bankruptcy court judge granted the firm an injunction, Reuters reported.',
    );
    expect(answer).toBe(1);
    expect(restates).toBeLessThan(answer);
  });

  it('falls with every word between the amount and the question’s word', () => {
    const question = 'What net profit did the airline report?';
    const next = nearness('money', question, 'The airline reported profits: 400m euros.');
    const oneBetween = nearness('money', question, 'The airline reported profits of 400m euros.');
    const twoBetween = nearness('money', question, 'The airline reported profits of almost 400m euros.');
    expect(next).toBe(1);
    expect(oneBetween).toBeLessThan(next);
    expect(twoBetween).toBeGreaterThan(0);
    expect(twoBetween).toBeLessThan(oneBetween);
  });

  it('counts no question word across a sentence break as next to the mention', () => {
    // why: a quote of two sentences puts the last word of one beside the first of the next; "Geneva" ends
    // the first and "Negotiators" opens the second, but nothing says Geneva is where the negotiators met.
    const question = 'Where did the negotiators meet?';
    expect(nearness('place', question, 'Talks were held in Geneva. Negotiators left at noon.')).toBe(0);
    expect(nearness('place', question, 'Negotiators Geneva-bound left at noon.')).toBe(1);
  });

  it('reads the sentence’s own bounds: the full stop of "Inc." ends no sentence', () => {
    // why: "Acme Inc. rose to £5m" gives the amount three words from "Acme"; the full stop after "Inc" is an
    // abbreviation's, and a check for any full stop between the words took it for a sentence end.
    const question = 'How much did Acme make?';
    expect(nearness('money', question, 'Profits at Acme Inc. rose to £5m.')).toBeGreaterThan(0);
  });

  it('takes the day of a date for no count ("on February 7" answers no "how many")', () => {
    const question = 'How many troops did Russia pull back?';
    expect(nearness('count', question, 'Russia pulled troops back on February 7.')).toBe(0);
    expect(nearness('count', question, 'Russia pulled 7 troops back.')).toBe(1);
  });

  it('counts no mention the question already holds, and nothing for a type that names no thing', () => {
    const question = 'What profit did the airline make in 2004?';
    expect(nearness('date', question, 'The airline made a profit in 2004.')).toBe(0);
    expect(nearness('date', question, 'The airline made a profit in March.')).toBeGreaterThan(0);
    expect(
      nearness('reason', 'Why did the airline make a profit?', 'The airline made a profit in March.'),
    ).toBe(0);
  });
});
