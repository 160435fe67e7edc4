import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

describe('nearFirst: the sentence with the answer beside the asking words leads', () => {
  it('quotes "Chief Alan Burt … were sacked" over a lead that restates the question', () => {
    // why: the lead holds every word of the question (Corvex, chief, sacking, audit) and scores higher, but
    // names no one; a later sentence of the article names the chief right beside "chief", the word that asks.
    const engine = createEngine(
      corpusOf({
        corvex: paragraphs(
          'Corvex Profits Restated',
          'Corvex shares rose after an audit, which led to the sacking of the chief of Corvex, showed profits were higher than first thought, analysts said.',
          'The firm makes pumps for the oil industry.',
          'Chief Alan Burt and two other managers were sacked after the audit.',
        ),
        ferry: paragraphs(
          'Ferry Fares Rise',
          'Ferry fares on the harbour route will rise by 4% in May, the operator said.',
        ),
      }),
    );
    // The ranking, whatever the confidence in a two-article corpus.
    const [first] = engine.rankQuestion('Which Corvex chief was sacked after the audit?')?.quotes ?? [];
    const text = engine.getArticle('corvex')?.text ?? '';
    expect(first && text.slice(first.span.start, first.span.end)).toBe(
      'Chief Alan Burt and two other managers were sacked after the audit.',
    );
  });
});
