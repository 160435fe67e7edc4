// "own" is a search term as a verb ("does Fiat own?") and not after a possessive ("its own shares").
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { prepareQuery } from '../../src/answer/prepareQuery.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { corpusOf } from '../support/fixtureCorpus.js';

/** An invented story shaped like BBC business/051: the lede names both firms and a sum, the stake comes later. */
const corpus = corpusOf({
  'business/001': [
    'Carmaker may list sports car unit',
    "Ferrari could be listed on the stock market as part of an overhaul of Fiat's carmaking arm, a paper said. " +
      "It said Fiat was set to restructure after a $2bn settlement with GM about Fiat's ownership.",
    'Steps being considered include bringing Maserati and Alfa Romeo closer together.',
    'Fiat owns a 56% stake in Ferrari, having first bought into the business in 1969.',
    'A listing could come as early as next year, the paper said.',
  ].join('\n\n'),
  'business/002': [
    'Food giant to buy back shares',
    'Unilever will spend 1.5bn euros buying back shares in 2005, the firm said on Thursday.',
    'Sales of its slimming products rose, though ice cream sales fell in a wet summer.',
  ].join('\n\n'),
});
const engine = createEngine(corpus);
const { index } = answerContextOf(corpus.articles);

describe('"own" in a question', () => {
  it('is searched for as a verb: the sentence saying who owns how much answers', () => {
    // why: with "own" dropped as a stop word, the question was "Ferrari Fiat" plus a figure, and the lede's
    // $2bn settlement fitted as well as the stake.
    const found = engine.answer('How much of Ferrari does Fiat own?');
    expect(found.kind === 'found' && found.excerpts[0].quote).toContain('56% stake');
  });

  it('is no search term after a possessive, which news leaves out', () => {
    // why: "its own shares" says nothing of the topic; the story writes "buying back shares".
    const query = prepareQuery(index, 'How much will Unilever spend buying back its own shares?');
    expect(query.terms).not.toContain('own');
    expect(prepareQuery(index, "How many of Unilever's own shares will it buy back?").terms).not.toContain(
      'own',
    );
    expect(prepareQuery(index, 'How much of Ferrari does Fiat own?').terms).toContain('own');
    const found = engine.answer('How much will Unilever spend buying back its own shares?');
    expect(found.kind === 'found' && found.excerpts[0].quote).toContain('1.5bn euros');
  });
});
