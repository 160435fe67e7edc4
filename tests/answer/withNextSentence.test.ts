import { describe, expect, it } from 'vitest';
import type { CandidateQuote } from '../../src/answer/CandidateQuote.js';
import type { UnitFeatures } from '../../src/answer/rankFeatures.js';
import { withNextSentence } from '../../src/answer/withNextSentence.js';
import { createEngine } from '../../src/engine/createEngine.js';
import type { Passage } from '../../src/passages/buildPassages.js';
import type { Span } from '../../src/passages/Span.js';
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
  });
});

/** A candidate's features, all 0: the tests set those withNextSentence reads. */
const FEATURES: UnitFeatures = {
  sentenceCoverage: 0,
  surfaceCoverage: 0,
  retrieval: 0,
  passageCoverage: 0,
  phrase: 0,
  bm25: 0,
  rareCoverage: 0,
  relatedCoverage: 0,
  localCoverage: 0,
  answerTypeFit: 0,
  isPair: false,
  typedNearness: 0,
  storyGap: 0,
};

describe('withNextSentence after a first quote whose mention stands apart from the question’s words', () => {
  // why: such a mention is often another's; only a next sentence that names something of the asked kind
  // itself can hold the answer, and a pair's fit is the pair's, which cannot say that of its second sentence.
  // Built by hand so that the continuations score high enough to be taken but for these two rules.
  const first = 'Manager Brian Kerr has been granted his wish for a home game.';
  const second = 'Tickets will go on sale next month.';
  const third = 'Ireland will play Switzerland in Dublin.';
  /** The passage of `text`'s first paragraph (id 0) and of its second when there is one (id 1). */
  const passagesOf = (text: string): Passage[] =>
    text.split('\n\n').map((paragraph, id) => {
      const start = text.indexOf(paragraph);
      const sentences = paragraph.split(/(?<=\.) /).map((sentence) => {
        const at = text.indexOf(sentence, start);
        return { start: at, end: at + sentence.length };
      });
      return {
        id,
        articleId: 'ireland',
        start,
        end: start + paragraph.length,
        sentences,
        tags: new Uint32Array(0),
      };
    });
  const quote = (passage: Passage, at: Span, score: number, fit: number, near: number): CandidateQuote => ({
    passage,
    span: at,
    cut: { before: false, after: false },
    score,
    matched: [],
    features: {
      ...FEATURES,
      answerTypeFit: fit,
      typedNearness: near,
      isPair: at !== passage.sentences[0] && at.start === passage.start,
    },
    passageTerms: new Set(),
    secondary: false,
  });

  describe('the next paragraph’s first sentence', () => {
    const text = `${first}\n\n${third}`;
    const passages = passagesOf(text);
    const [own, next] = passages as [Passage, Passage];
    const best = quote(own, own.sentences[0] as Span, 1, 1, 0.25);
    const continuation = (fit: number): CandidateQuote =>
      quote(own, next.sentences[0] as Span, 0.9, fit, fit > 0 ? 1 : 0);

    it('is quoted with it when it names something of the asked kind', () => {
      const widened = withNextSentence(best, [best, continuation(1)], passages, text);
      expect(text.slice(widened.span.start, widened.span.end)).toBe(text);
    });

    it('is not when it names nothing of the asked kind', () => {
      expect(withNextSentence(best, [best, continuation(0)], passages, text)).toBe(best);
    });
  });

  it('never takes the pair with the next sentence of its own paragraph', () => {
    const text = `${first} ${second}`;
    const passages = passagesOf(text);
    const [own] = passages as [Passage];
    const best = quote(own, own.sentences[0] as Span, 1, 1, 0.25);
    const pair = quote(own, { start: own.start, end: own.end }, 0.95, 1, 0.25);
    expect(pair.features.isPair).toBe(true);
    expect(withNextSentence(best, [best, pair], passages, text)).toBe(best);
  });
});
