// A quote that points back ("The fair showcases…") is shown from the sentence that named what it points to.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf } from '../support/fixtureCorpus.js';

describe('a quote pointing back to the sentence before', () => {
  // Invented stories, shaped like BBC tech/163: the lede names the show and its city, the next paragraph calls
  // it "the fair" and repeats the question's words without saying where it is.
  const engine = createEngine(
    corpusOf({
      'tech/001': [
        'Crowds gather for gadget show',
        'Thousands of technology lovers have gathered in Lisbon for the annual Home Electronics Expo.',
        'The fair showcases the latest technologies and gadgets that will hit the shops next year.',
        'About 50,000 new products will be unveiled as the show unfolds.',
      ].join('\n\n'),
      'tech/002': [
        'Phone makers cut prices',
        'Handset prices fell sharply in the run-up to the holidays, retailers said.',
      ].join('\n\n'),
      'tech/003': [
        'Gadget sales slow',
        'Shoppers bought fewer gadgets this winter than last.',
        'The gadgets that did sell were mostly cheap music players.',
      ].join('\n\n'),
    }),
  );

  it('answers "where" with the sentence naming the place, and the sentence that matched', () => {
    // why: "The fair showcases…" matches "gadget fair" but names no place; the fair is the Expo of the sentence
    // before, which says where it is.
    const result = engine.answer('Where is the gadget fair?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    const [first] = result.excerpts;
    expect(first.sourceId).toBe('tech/001');
    expect(first.quote).toContain('Lisbon');
    expect(first.quote).toContain('The fair showcases');
  });

  it('does not reach back from a quote that points to nothing the question asks about', () => {
    // why: "The gadgets that did sell…" points back to "gadgets", but the sentence before names no place, so it
    // is shown as it is.
    const result = engine.answer('Where did the cheap music players sell?');
    expect(
      result.kind === 'found' && result.excerpts.every((e) => !e.quote.includes('Shoppers bought')),
    ).toBe(true);
  });
});
