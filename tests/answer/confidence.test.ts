import { describe, expect, it } from 'vitest';
import {
  confidenceOf,
  EVIDENCE_FEATURES,
  MIN_CONFIDENCE,
  type Evidence,
} from '../../src/answer/confidence.js';
import type { AnswerContext } from '../../src/answer/AnswerContext.js';
import { rankQuestion } from '../../src/answer/answer.js';
import { PassageTokenCache } from '../../src/answer/passageTokens.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { PassageIndex } from '../../src/index/PassageIndex.js';
import { buildPassages } from '../../src/passages/buildPassages.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

/** What the confidence model reads of the ranking of `question` over `articles`. */
function evidenceIn(articles: Parameters<typeof answerContextOf>[0], question: string) {
  return rankQuestion(answerContextOf(articles), question)?.evidence;
}

const middling: Evidence = {
  passageCoverage: 0.5,
  sentenceCoverage: 0.5,
  relatedCoverage: 0.5,
  nameCoverage: 0.5,
  allNamesInPassage: 0.5,
  namesLeftToPassage: 0.5,
  articleNameCoverage: 0.5,
  numberCoverage: 0.5,
  typeFit: 0.5,
  ledeShare: 0.5,
  storyShape: 0.5,
  retrievalPerTerm: 0.5,
  retrievalStrength: 5,
};

describe('confidenceOf', () => {
  it('is a probability that never falls with more of any kind of evidence, and rises with more of all', () => {
    const base = confidenceOf(middling);
    expect(base).toBeGreaterThan(0);
    expect(base).toBeLessThan(1);
    // The fit keeps every weight at 0 or above (scripts/fit/fitConfidence.ts); one that adds nothing beside
    // the others is 0.
    for (const feature of EVIDENCE_FEATURES) {
      expect(confidenceOf({ ...middling, [feature]: middling[feature] * 2 })).toBeGreaterThanOrEqual(base);
    }
    const doubled: Record<keyof Evidence, number> = { ...middling };
    for (const feature of EVIDENCE_FEATURES) doubled[feature] = middling[feature] * 2;
    expect(confidenceOf(doubled)).toBeGreaterThan(base);
  });

  it('is low when the question’s names and words are missing from the best passage', () => {
    const missing = { nameCoverage: 0, allNamesInPassage: 0, articleNameCoverage: 0 };
    const weak = confidenceOf({ ...middling, passageCoverage: 0.2, sentenceCoverage: 0.1, ...missing });
    const found = {
      nameCoverage: 1,
      allNamesInPassage: 1,
      articleNameCoverage: 1,
      numberCoverage: 1,
      typeFit: 1,
    };
    const strong = confidenceOf({
      ...middling,
      passageCoverage: 1,
      sentenceCoverage: 0.9,
      relatedCoverage: 0.9,
      ...found,
    });
    expect(weak).toBeLessThan(MIN_CONFIDENCE);
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

describe('declining a question about a year or a name the articles never mention', () => {
  // Invented look-alikes of news stories: each article matches most words of the question asked of it, but
  // not the year or the name the question is about.
  const corpus = corpusOf({
    airline: paragraphs(
      'Skyway Returns To Profit',
      'Nordic carrier Skyway has returned to profit in 2004 after heavy losses in 2003.',
      'The carrier announced net profits of 120m euros, against a loss of 90m euros a year earlier.',
    ),
    summit: paragraphs(
      'Summit Ends',
      'Climate change was an issue the prime minister wanted to progress during the summit, officials said.',
      'The prime minister said rich countries must cut emissions faster.',
    ),
    sevens: paragraphs(
      'Sevens Triumph',
      'England won the first Sevens World Cup in 1993 with a young side.',
      'The team beat Australia in the final at Murrayfield.',
    ),
    harbour: paragraphs(
      'Harbour Wall Approved',
      'Councillors in Porthmellin approved a new harbour wall on Tuesday after years of winter flooding.',
      'The wall will cost 2.1 million pounds and take two years to build, the council said.',
    ),
  });
  const engine = createEngine(corpus);

  it.each([
    // why: the airline's article is about 2004 and 2003; no article gives a profit for 2010.
    ['How much profit did Skyway make in 2010?', 'How much profit did Skyway make in 2004?'],
    // why: the summit article quotes the prime minister; no article names Macron.
    ['What did Macron say about climate change?', 'What did the prime minister say about climate change?'],
    // why: the only World Cup in the articles is that of 1993.
    ['Who won the 2018 World Cup?', 'Who won the 1993 World Cup?'],
    // why: the harbour article is about Porthmellin; no article names Kestrelby, though "harbour wall" and
    // "cost" match as well as they do for Porthmellin.
    [
      'How much will the new harbour wall in Kestrelby cost?',
      'How much will the new harbour wall in Porthmellin cost?',
    ],
  ])('declines "%s" but answers "%s"', (unanswered, answered) => {
    expect(engine.answer(unanswered).kind).toBe('none');
    expect(engine.answer(answered).kind).toBe('found');
  });

  it('reads the year and the name as missing from the best article', () => {
    const evidence = (q: string) => evidenceIn(corpus.articles, q);
    expect(evidence('How much profit did Skyway make in 2010?')?.numberCoverage).toBe(0);
    expect(evidence('How much profit did Skyway make in 2004?')?.numberCoverage).toBe(1);
    expect(evidence('What did Macron say about climate change?')?.articleNameCoverage).toBe(0);
    const place = evidence('How much will the new harbour wall in Kestrelby cost?');
    expect([place?.nameCoverage, place?.allNamesInPassage]).toEqual([0, 0]);
  });

  it("tells a quote that leaves the question's names to its passage from one that repeats them", () => {
    const evidence = (q: string) => evidenceIn(corpus.articles, q);
    // why: the sentence with the cost says "the wall", not "Porthmellin", which the sentence before names.
    const cost = evidence('How much will the new harbour wall in Porthmellin cost?');
    expect([cost?.allNamesInPassage, cost?.namesLeftToPassage]).toEqual([1, 1]);
    // why: the answer, "on Tuesday", is in the sentence that names Porthmellin itself.
    const when = evidence('When did Porthmellin approve the harbour wall?');
    expect([when?.allNamesInPassage, when?.namesLeftToPassage]).toEqual([1, 0]);
  });

  it('finds a name in another form of it, as the ranker does', () => {
    const gas = corpusOf({
      gas: paragraphs('Gas Cut', 'Russia cut gas supplies to Ukraine on Sunday in a row over prices.'),
    });
    // why: "Russia" is the name "Russian" asks about (see relatedForNames), not another country.
    const evidence = evidenceIn(gas.articles, 'When were Russian gas supplies cut?');
    expect([evidence?.nameCoverage, evidence?.allNamesInPassage]).toEqual([1, 1]);
  });

  it('finds a name in another form of it elsewhere in the article too', () => {
    const ink = corpusOf({
      ink: paragraphs(
        'Ink Helps Democracy',
        'Kyrgyz officials praised the conduct of the vote on Sunday.',
        'The invisible ink used in the elections stays on a thumb for at least 72 hours.',
      ),
    });
    // why: the quote holding the answer names no country; its article names it as "Kyrgyz" officials, which
    // is Kyrgyzstan's, so the story is the one asked about.
    const evidence = evidenceIn(
      ink.articles,
      "How long does the invisible ink used in Kyrgyzstan's elections stay on a voter's thumb?",
    );
    expect(evidence?.articleNameCoverage).toBe(1);
    // why: "western" is a form of "west" in lower case: a common word, not the name West Yorkshire, which
    // the article never mentions.
    const ham = corpusOf({
      ham: paragraphs(
        'Ham Prices Climb',
        'Ham prices rose 4% in the past month, farmers said.',
        'Prices in western regions rose fastest.',
      ),
    });
    const west = evidenceIn(ham.articles, 'How much did ham prices rise in West Yorkshire?');
    expect(west?.articleNameCoverage).toBe(0);
  });
});

/**
 * Invented look-alikes of news stories: each spells a question's name, but as another name's inner word or as
 * a common word in lower case.
 */
const SPELLED_ONLY = corpusOf({
  riots: paragraphs(
    'Fuel Riots Spread',
    'Protesters clashed with police south of the capital Algiers on Sunday.',
    'Agence France Presse reported that dozens were hurt.',
  ),
  rovers: 'Rovers Back Up\n\nRovers were relegated four seasons ago and are back in the top flight.',
});

describe('a name the articles spell but do not mention', () => {
  const evidence = (question: string) => evidenceIn(SPELLED_ONLY.articles, question);

  it('does not take the inner word of a longer name for the name asked about', () => {
    // why: "Agence France Presse" is a news agency; no article is about France, so the question's only name
    // is missing, however well "capital" matches.
    expect(evidence('What is the capital of France?')?.articleNameCoverage).toBe(0);
    expect(evidence('What is the capital of France?')?.nameCoverage).toBe(0);
    // The agency itself, asked about by its name, is there.
    expect(evidence('What did Agence France Presse report?')?.articleNameCoverage).toBe(1);
  });

  it('does not take a lower-case word for the name a question capitalises', () => {
    // why: the question writes "The Four Seasons" with capitals among lower-case words, so it names a work;
    // "four seasons ago" is a span of time.
    expect(evidence('Who composed The Four Seasons?')?.articleNameCoverage).toBe(0);
    // A question in Title Case marks no names by its capitals: it is read as typed in lowercase, and the
    // articles write "four seasons" in lowercase, so it names nothing (see restoreCase).
    expect(evidence('Who Composed The Four Seasons?')?.articleNameCoverage).toBe(1);
  });
});
