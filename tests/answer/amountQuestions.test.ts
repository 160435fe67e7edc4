// "How much" asks an amount, which news most often gives as a sum of money: the sentence with the sum leads,
// not one with a count of something beside the question's words (see asksAmount in answerType.ts).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

const engine = createEngine(
  corpusOf({
    wine: paragraphs(
      'Wine Growers Get Help',
      'The government is to hand the wine industry 70m euros in aid to fight falling sales.',
      'Some 2,000 wine growers protested in the capital about aid last month.',
    ),
  }),
);

// The sales figure in the lede, and a percentage beside the question's words next: a number, not a sum of money.
const sales = createEngine(
  corpusOf({
    acme: paragraphs(
      'Acme Raises Dividend',
      'Acme sold goods worth 8.6bn francs in 2004, as ice cream fell out of favour in the wet summer.',
      'Acme is to raise its dividend by 11% after selling its drinks arm.',
    ),
  }),
);

// A change given as a percentage, and a level beside the same words: "fell from … to …" is no change asked for.
const prices = createEngine(
  corpusOf({
    homes: paragraphs(
      'Home Prices Slip',
      'The average home price in Westshire fell from £180,126 in November to £178,906 in December. That was a drop of 0.7%, the survey found.',
      'Builders blamed the weather.',
    ),
  }),
);

// A level reached ("rose to 52,000") and a change given as a percentage in the next paragraph.
const jobs = createEngine(
  corpusOf({
    jobs: paragraphs(
      'Jobs Report',
      'Unemployment in Westshire rose to 52,000 in March, the county said.',
      'Among the young, jobless claims rose 3% over the quarter, the report added.',
    ),
  }),
);

describe('how much', () => {
  it('quotes the sum of money for "how much aid", not a count of growers beside the word "aid"', () => {
    const result = engine.answer('How much aid is the wine industry getting?');
    if (result.kind !== 'found') throw new Error(result.kind);
    expect(result.excerpts[0].quote).toContain('70m euros');
  });

  it('reads a verb of buying or selling in any tense as asking for a sum: "how much did it sell" is its sales', () => {
    const result = sales.answer('How much did Acme sell?');
    if (result.kind !== 'found') throw new Error(result.kind);
    expect(result.excerpts[0].quote).toContain('8.6bn francs');
  });

  it('answers "how much did X fall" with the percentage, not with a level that fell', () => {
    const result = prices.answer('How much did the average home price in Westshire fall in December?');
    if (result.kind !== 'found') throw new Error(result.kind);
    expect(result.excerpts[0].quote).toContain('0.7%');
  });

  it('answers "how much did X rise to" with the level reached, not with a percentage', () => {
    // why: "rise to" asks where it ended up; only "how much did X rise" asks the change.
    const result = jobs.answer('How much did unemployment in Westshire rise to?');
    if (result.kind !== 'found') throw new Error(result.kind);
    expect(result.excerpts[0].quote).toContain('52,000');
  });

  it('quotes the count for "how many", which a sum never answers', () => {
    const result = engine.answer('How many wine growers protested about aid?');
    if (result.kind !== 'found') throw new Error(result.kind);
    expect(result.excerpts[0].quote).toContain('2,000 wine growers');
  });
});
