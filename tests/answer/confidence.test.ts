import { describe, expect, it } from 'vitest';
import { confidenceOf, EVIDENCE_FEATURES, type Evidence } from '../../src/answer/confidence.js';
import type { AnswerContext } from '../../src/answer/AnswerContext.js';
import { rankQuestion } from '../../src/answer/answer.js';
import { PassageTokenCache } from '../../src/answer/passageTokens.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { PassageIndex } from '../../src/index/PassageIndex.js';
import { buildPassages } from '../../src/passages/buildPassages.js';
import { corpusOf } from '../support/fixtureCorpus.js';

const middling: Evidence = {
  passageCoverage: 0.5,
  sentenceCoverage: 0.5,
  relatedCoverage: 0.5,
  nameCoverage: 0.5,
  retrievalPerTerm: 0.5,
  retrievalStrength: 5,
};

describe('confidenceOf', () => {
  it('is a probability that rises with every kind of evidence', () => {
    const base = confidenceOf(middling);
    expect(base).toBeGreaterThan(0);
    expect(base).toBeLessThan(1);
    for (const feature of EVIDENCE_FEATURES) {
      expect(confidenceOf({ ...middling, [feature]: middling[feature] * 2 })).toBeGreaterThan(base);
    }
  });

  it('is low when the question’s names and words are missing from the best passage', () => {
    const weak = confidenceOf({ ...middling, passageCoverage: 0.2, sentenceCoverage: 0.1, nameCoverage: 0 });
    const strong = confidenceOf({ ...middling, passageCoverage: 1, sentenceCoverage: 0.9, nameCoverage: 1 });
    expect(weak).toBeLessThan(0.16);
    expect(strong).toBeGreaterThan(0.5);
  });
});

describe('the MIN_CONFIDENCE setting', () => {
  const corpus = corpusOf({
    gas: 'Gas Pipeline Halted\n\nThe Nord Stream pipeline stopped carrying gas to Germany on Monday.',
    troops: 'Troops Gather\n\nSome 100,000 Russian troops gathered near the Ukrainian border.',
  });
  const question = 'When did the Nord Stream pipeline stop carrying gas to Germany?';

  it('decides between quoting and declining', () => {
    const engine = createEngine(corpus);
    const confidence = engine.rankQuestion(question)?.confidence ?? 0;
    expect(engine.answer(question).kind).toBe('found');
    expect(createEngine(corpus, {}, { minConfidence: confidence }).answer(question).kind).toBe('found');
    expect(
      createEngine(corpus, {}, { minConfidence: Math.min(1, confidence + 1e-9) }).answer(question).kind,
    ).toBe('none');
  });

  it('counts a misspelt name that fuzzy matching recovers as found', () => {
    const articles = new Map(corpus.articles.map((a) => [a.id, a]));
    const passages = buildPassages(corpus.articles);
    const ctx: AnswerContext = {
      articles,
      passages,
      index: PassageIndex.build(passages, articles),
      tokenCache: new PassageTokenCache(),
      minConfidence: 0,
      relatedTerms: new Map(),
    };
    const misspelt = rankQuestion(ctx, 'When did the Nord Strem pipeline stop carrying gas?')?.evidence;
    expect(misspelt?.nameCoverage).toBe(1);
    expect(
      rankQuestion(ctx, 'When did the Nord Stream pipeline stop carrying gas to Austria?')?.evidence
        ?.nameCoverage,
    ).toBe(2 / 3);
  });

  it('declines a question about something the articles never mention, at the default', () => {
    expect(createEngine(corpus).answer('Who won the 2022 FIFA World Cup in Qatar?').kind).toBe('none');
  });
});
