import { describe, expect, it } from 'vitest';
import { prepareQuery } from '../../src/answer/prepareQuery.js';
import { shippedRelatedTerms } from '../../src/answer/relatedTerms.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { corpusOf } from '../support/fixtureCorpus.js';

const { articles } = corpusOf({
  pipeline: [
    'Baltic Pipeline Halted',
    'Gas stopped flowing through the Baltic pipeline on Monday after engineers found a leak.',
    'The operator said repairs would take at least three weeks.',
  ].join('\n\n'),
});
const { index } = answerContextOf(articles);

describe('prepareQuery: mistyped stop words', () => {
  it('reads a word no article has and one slip from a stop word as that stop word ("abuot")', () => {
    const query = prepareQuery(index, 'What did the operator say abuot the repairs?', shippedRelatedTerms());
    expect(query.terms).toEqual(['oper', 'repair']);
  });

  it('keeps an English word or a number that no article has ("cost", "eight", "four")', () => {
    // why: read as "most", "might" and "your", these words were dropped, and the question was answered as if
    // the articles said what it asks (the cost of the pipeline, eight or four repairs).
    const words = shippedRelatedTerms();
    const cost = prepareQuery(index, 'How much did the pipeline cost?', words);
    expect(cost.terms).toContain('cost');
    expect(cost.type).toBe('money');
    expect(prepareQuery(index, 'Will the eight repairs end soon?', words).terms).toContain('eight');
    expect(prepareQuery(index, 'Will four repairs be enough?', words).terms).toContain('four');
  });
});

describe('prepareQuery: a stop word mistyped with a doubled letter', () => {
  it('reads "beeing" as "being", though its stem "bee" is an English word', () => {
    // why: kept as "bee", a word no article has, it weighed as much as the question's subject and the
    // question "…the US beeing in step?" was declined.
    const query = prepareQuery(
      index,
      'Did the operator say repairs were beeing done?',
      shippedRelatedTerms(),
    );
    expect(query.terms).not.toContain('bee');
  });

  it('keeps a real word whose short stem the table lists, though it is one slip from a stop word', () => {
    // why: "paying" is one slip from "saying" and "dying" from "doing"; read as them, a question about a payment
    // or a death that no article mentions would lose the word and be answered.
    const words = shippedRelatedTerms();
    expect(prepareQuery(index, 'Who is paying for the repairs?', words).terms).toContain('pai');
    expect(prepareQuery(index, 'Is the operator dying?', words).terms.length).toBeGreaterThan(1);
  });
});
