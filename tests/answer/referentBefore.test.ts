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

  // Each story's lede names a place, and its second paragraph repeats the question's words without one.
  const reachesBack = (story: string, question: string): boolean => {
    const result = createEngine(
      corpusOf({
        'news/001': story,
        'news/002': ['Phone makers cut prices', 'Handset prices fell sharply, retailers said.'].join('\n\n'),
      }),
    ).answer(question);
    return result.kind === 'found' && result.excerpts[0].quote.includes('Lisbon');
  };

  it('reaches back from "it" and from "the" and a question word, the referent of the sentence before', () => {
    const lede = 'Engineers met in Lisbon on Monday to inspect the Tagus rail bridge.';
    expect(
      reachesBack(
        ['Bridge checked', lede, 'It will reopen to freight trains in spring.'].join('\n\n'),
        'Where will the bridge reopen to freight trains?',
      ),
    ).toBe(true);
    expect(
      reachesBack(
        ['Bridge checked', lede, 'The bridge will reopen to freight trains in spring.'].join('\n\n'),
        'Where will the bridge reopen to freight trains?',
      ),
    ).toBe(true);
  });

  it('does not reach back from a name, an "it" that stands for what follows, or a noun the question lacks', () => {
    const lede = 'Engineers met in Lisbon on Monday to inspect the Tagus rail bridge.';
    // why: "The BBC" names its subject itself; the sentence before is about something else.
    expect(
      reachesBack(
        ['Bridge checked', lede, 'The BBC will cut freight trains coverage in spring.'].join('\n\n'),
        'Where will the BBC cut freight trains coverage?',
      ),
    ).toBe(false);
    // why: "It is expected that…" points forward, not back to the engineers' meeting.
    expect(
      reachesBack(
        ['Bridge checked', lede, 'It is expected that freight trains will return in spring.'].join('\n\n'),
        'Where will freight trains return?',
      ),
    ).toBe(false);
    // why: "The crews" is not what the question asks about.
    expect(
      reachesBack(
        ['Bridge checked', lede, 'The crews say freight trains will return in spring.'].join('\n\n'),
        'Where will freight trains return?',
      ),
    ).toBe(false);
  });
});
