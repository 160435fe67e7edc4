import { describe, expect, it } from 'vitest';
import { pastFormHits } from '../../src/answer/pastFormHits.js';
import { answer } from '../../src/answer/answer.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { processTerm } from '../../src/index/terms.js';
import { corpusOf } from '../support/fixtureCorpus.js';

const terms = (question: string): string[] =>
  question
    .split(/\W+/)
    .map((w) => processTerm(w))
    .filter((t): t is string => t !== null);

describe('pastFormHits', () => {
  it('reaches from a base form after "did" to its past forms ("tell" → "told", "take" → "took", "taken")', () => {
    const question = 'What did Macron tell Putin, and what did he take?';
    const asked = terms(question);
    const hits = pastFormHits(question, asked);
    expect(hits.get(processTerm('told') as string)).toBe(asked.indexOf('tell'));
    expect(hits.get(processTerm('took') as string)).toBe(asked.indexOf('take'));
    expect(hits.get(processTerm('taken') as string)).toBe(asked.indexOf('take'));
  });

  it('leaves a question without an auxiliary alone: it asks in the form the article may use', () => {
    expect(
      pastFormHits('Which firm is Microsoft buying?', terms('Which firm is Microsoft buying?')).size,
    ).toBe(0);
    expect(pastFormHits('Who won the cup?', terms('Who won the cup?')).size).toBe(0);
  });
});

describe('answer: an irregular verb asked in its base form', () => {
  it('quotes the sentence that reports it in the past ("did the mayor tell" → "the mayor told")', () => {
    // why: "tell" is in no article; without its past form the sentence naming the mayor and the council twice
    // won, though it says nothing the mayor told.
    const { articles } = corpusOf({
      lanes: [
        'Mayor And Council Clash',
        'The council asked the mayor to explain the council budget to the mayor’s critics.',
        'Last week the mayor told the council that the cycle lanes would open in spring.',
      ].join('\n\n'),
    });
    const result = answer(answerContextOf(articles), 'What did the mayor tell the council?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.excerpts[0]?.quote).toContain('would open in spring');
  });
});
