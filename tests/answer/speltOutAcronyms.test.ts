// A question naming a country or body one way finds a story that names it the other way: news writes "the US",
// "the U.S." and "the United States" alike, often within one story (see SPELT_OUT_ACRONYMS in terms.ts).
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

const engine = createEngine(
  corpusOf({
    alliance: paragraphs(
      'Talks On The Alliance Stall',
      'The talks ended without a deal on Tuesday.',
      'The United States has rejected demands to abandon its open-door policy on membership of the alliance.',
    ),
    relief: paragraphs(
      'Aid Flights Resume',
      'Aid flights to the valley resumed on Friday.',
      'The UN said 40,000 people had been reached so far.',
    ),
  }),
);

function firstQuote(question: string): string {
  const result = engine.answer(question);
  if (result.kind !== 'found') throw new Error(`"${question}" got ${result.kind}`);
  return result.excerpts[0].quote;
}

describe('spelt-out acronyms', () => {
  it('answers a question about "the US" from a story that says "the United States"', () => {
    expect(firstQuote('What has the US refused to give up on alliance membership?')).toContain(
      'open-door policy',
    );
  });

  it('answers a question about "the United Nations" from a story that says "the UN"', () => {
    expect(firstQuote('How many people has the United Nations reached?')).toContain('40,000 people');
  });
});
