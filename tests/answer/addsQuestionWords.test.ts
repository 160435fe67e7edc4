import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

describe('a continuation that brings question words of its own may lead', () => {
  it('quotes "… died after a long illness diagnosed as …" over the lede naming the man', () => {
    // why: no tag types "what illness"; the lede names the man and his death, the next paragraph's first
    // sentence holds the word the lede lacks ("illness") and the answer. Quoted alone, it is weighed with the
    // lede's words, and says more about the question than the lede does.
    const engine = createEngine(
      corpusOf({
        brooks: paragraphs(
          'Former Minister Dies',
          'Former Wessex minister Sir Alan Brooks has died at a Leeds hospice, his family has announced.',
          'The former Liberal MP for Millbrook died after a long illness diagnosed as motor neurone disease.',
          'He was first elected in 1970.',
        ),
        ferry: paragraphs(
          'Ferry Fares Rise',
          'Ferry fares on the harbour route will rise by 4% in May, the operator said.',
        ),
      }),
    );
    // The ranking, whatever the confidence in a two-article corpus.
    const [first] = engine.rankQuestion('What illness did Sir Alan Brooks have?')?.quotes ?? [];
    const text = engine.getArticle('brooks')?.text ?? '';
    expect(first && text.slice(first.span.start, first.span.end)).toContain('motor neurone disease');
  });
});
