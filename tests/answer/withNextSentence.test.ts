import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

describe('the first quote goes on to the sentence after it', () => {
  // why: a news story restates the question in its lede and answers it in the next paragraph; the lede, with
  // more of the question's words, ranks first, and holds no mention of the asked kind.
  const LEDE =
    'Actor Bruce Willis is suing a film studio over an injury he said he suffered while making a war film.';
  const ANSWER = 'Willis said he was hit in the head by a firework during the filming of the movie.';
  /** The story, with `between` (paragraphs) between its lede and the paragraph that answers. */
  const story = (...between: string[]) =>
    corpusOf({
      willis: paragraphs(
        'Willis sues studio',
        LEDE,
        ...between,
        ANSWER,
        'The studio declined to comment on the lawsuit.',
      ),
    });
  const corpus = story();

  it('quotes the restating sentence and the next paragraph’s first together, an exact slice', () => {
    const article = corpus.articles[0];
    const result = createEngine(corpus, {}, { minConfidence: 0 }).answer('What injury did Willis suffer?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found' || !article) return;
    const [first] = result.excerpts;
    expect(first.quote).toMatch(
      /^Actor Bruce Willis is suing .* by a firework during the filming of the movie\.$/s,
    );
    expect(article.text.slice(first.start, first.end)).toBe(first.quote);
  });

  it('keeps a first quote that holds the asked kind alone', () => {
    const result = createEngine(corpus, {}, { minConfidence: 0 }).answer('Who is suing a film studio?');
    expect(result.kind === 'found' && result.excerpts[0].quote).toBe(LEDE);
  });

  it('never quotes a skipped heading: across one, the first quote stays one sentence', () => {
    // why: a subheading between two paragraphs is boilerplate (never quoted, see boilerplate.ts); the quote of
    // both sentences would carry it along, an exact slice of the article but with a line it never quotes.
    const withHeading = story('Court papers');
    const result = createEngine(withHeading, {}, { minConfidence: 0 }).answer(
      'What injury did Willis suffer?',
    );
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    for (const excerpt of result.excerpts) expect(excerpt.quote).not.toContain('Court papers');
  });

  describe('after a first quote whose mention of the asked kind stands apart from the question’s words', () => {
    // why: the mention may be another's (the manager, not the team Ireland will face); the next paragraph's
    // first sentence names the one asked for, and quoted together the first quote holds the answer.
    const KERR =
      'Republic of Ireland manager Brian Kerr has been granted his wish for a home game as the final World Cup qualifier.';
    const question = 'Who will Ireland face in their final World Cup qualifier?';
    const ireland = (next: string) =>
      corpusOf({
        ireland: paragraphs(
          'Ireland get home tie',
          KERR,
          next,
          'Tickets for the match will go on sale next month, the association said.',
        ),
      });

    it('quotes the next paragraph’s first sentence with it when that one names someone too', () => {
      const corpus = ireland(
        'Ireland will close their bid to reach the finals by playing Switzerland in Dublin.',
      );
      const article = corpus.articles[0];
      const result = createEngine(corpus, {}, { minConfidence: 0 }).answer(question);
      expect(result.kind).toBe('found');
      if (result.kind !== 'found' || !article) return;
      const [first] = result.excerpts;
      expect(first.quote).toMatch(/^Republic of Ireland manager .* by playing Switzerland in Dublin\.$/s);
      expect(article.text.slice(first.start, first.end)).toBe(first.quote);
    });

    it('gives the widened quote no speaker from before it when its "He said" follows its own first sentence', () => {
      // why: the "he" of the next paragraph is the one the first quote's own sentence names (Kerr), not the
      // Swiss coach named before the quote; the quote of both paragraphs was shown as Kobi Kuhn's.
      const corpus = corpusOf({
        ireland: paragraphs(
          'Ireland get home tie',
          'Switzerland coach Kobi Kuhn said his side were ready for the trip.',
          KERR,
          'He said Ireland will close their bid to reach the finals by playing Switzerland in Dublin.',
        ),
      });
      const result = createEngine(corpus, {}, { minConfidence: 0 }).answer(question);
      expect(result.kind).toBe('found');
      if (result.kind !== 'found') return;
      const [first] = result.excerpts;
      expect(first.quote).toMatch(/^Republic of Ireland manager .*\n\nHe said Ireland .* in Dublin\.$/s);
      expect(first.speaker).toBeUndefined();
    });

    it('keeps it alone when the next paragraph’s first sentence names no one', () => {
      const corpus = ireland('Ireland will close their bid to reach the finals with a match in the capital.');
      const result = createEngine(corpus, {}, { minConfidence: 0 }).answer(question);
      expect(result.kind === 'found' && result.excerpts[0].quote).toBe(KERR);
    });
  });
});
