// The BBC examples of issue #12 that the engine now gets right, over the real corpus in ../shared (skipped,
// saying so, without it). The corpus text stays there: the expectations are article ids and a few words.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../src/answer/AnswerResult.js';
import { createEngine } from '../../src/engine/createEngine.js';
import type { Engine } from '../../src/engine/Engine.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { REPO_ROOT } from '../support/fixtureCorpus.js';

const BBC = path.resolve(REPO_ROOT, '../shared/data/bbc-news/bbc');
const absent = !existsSync(BBC);
const NEEDS_BBC = `(needs the BBC corpus in ${BBC}; skipped when absent)`;

describe.skipIf(absent)(`the BBC news corpus ${NEEDS_BBC}`, () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createEngine(await loadCorpus(BBC));
  }, 60_000);
  const first = (result: AnswerResult) => (result.kind === 'found' ? result.excerpts[0] : undefined);

  it('quotes the amount for "what net profit", not the lead that restates the question', () => {
    // why: business/109's lead repeats Lufthansa, profit and 2004 without a figure; a later paragraph gives
    // the net profit, and "what net profit" asks for an amount of money.
    const excerpt = first(engine.answer('What net profit did Lufthansa report for 2004?'));
    expect(excerpt?.sourceId).toBe('business/109');
    expect(excerpt?.quote).toContain('400m euros');
  });

  it('names the judge for "which judge", not the sentence restating the hearing', () => {
    // why: politics/148's "The case against the men follows a hearing into postal fraud allegations…" has
    // most of the question's words and a new name, but a ward's ("Bordesley Green"); "Deputy High Court Judge
    // Richard Mawrey" is a person's name (after a title), and "which judge" asks for a person.
    const excerpt = first(engine.answer('Which judge is hearing the Birmingham postal vote fraud case?'));
    expect(excerpt?.sourceId).toBe('politics/148');
    expect(excerpt?.quote).toContain('Richard Mawrey');
  });

  it('quotes the sum for "how much did Boeing earn", not the sentence with the fall in per cent before it', () => {
    // why: business/069's "Boeing said earnings during the last three months of 2004 dropped by 84%…" repeats
    // the question's words with a percentage where a sum is asked; the next sentence of its paragraph,
    // "Net profit was $186m…", gives the sum (followOnSentence.ts: a partial fit looks one sentence on).
    const excerpt = first(engine.answer('How much did Boeing earn in the last quarter of 2004?'));
    expect(excerpt?.sourceId).toBe('business/069');
    expect(excerpt?.quote).toContain('$186m');
  });

  it('quotes the sentence with the detail asked about, not the lede that names the story (focusFirst)', () => {
    // why: entertainment/023's lede names the conductor and the country he died in, and matches more of the
    // question; "born" is in no sentence of the lede, and the sentence that says it names Switzerland.
    const born = first(engine.answer('In which country was the conductor Marcello Viotti born?'));
    expect(born?.quote).toContain('born in Switzerland');
    // why: entertainment/053's lede gives the film's takings; "cost" and "make" are only in a later sentence.
    const cost = first(engine.answer('How much did the horror film Boogeyman cost to make?'));
    expect(cost?.sourceId).toBe('entertainment/053');
    expect(cost?.quote).toContain('$7m');
  });

  it('answers "how many languages" with the count, not the lede that holds no number', () => {
    // why: tech/008's lede holds every word of the question (Zafi.D, virus, translates, greeting, language) and
    // no number, so it cannot say how many; two paragraphs down, "…translates this into one of 15 languages"
    // calls the virus only "the virus" and scores less (0.86 of the lede). A first quote holding nothing of the
    // asked kind gives way to its story's best quote holding some (leadInArticle.ts, typedInArticleFirst),
    // then to the one whose count stands beside the question's words (nearFirst.ts).
    const excerpt = first(
      engine.answer('How many languages can the Zafi.D virus translate its greeting into?'),
    );
    expect(excerpt?.sourceId).toBe('tech/008');
    expect(excerpt?.quote).toContain('15 languages');
  });

  it('names who said it when the lede gives only a description ("the elections watchdog")', () => {
    // why: politics/059's lede holds every word of the question and no name: "…should not be introduced
    // yet, the elections watchdog has said"; the next paragraph names the Electoral Commission, scoring about
    // 0.7 of the lede. A first quote that cannot say who gives way to its story's quote that can
    // (leadInArticle.ts, TYPED_KEEP).
    const who = first(engine.answer('Who said a donations cap should not be introduced?'));
    expect(who?.sourceId).toBe('politics/059');
    expect(who?.quote).toContain('Electoral Commission');
  });

  it('gives the date from the sentence that calls the man by half his name', () => {
    // why: politics/156's lede names Sir John Gieve as permanent secretary with no date; "Sir John was made
    // permanent secretary in April 2001" scores 0.61 of it, just over TYPED_KEEP (0.6): a small change to the
    // scores can flip this one, and should be looked at when it does.
    const when = first(
      engine.answer('When did Sir John Gieve become permanent secretary at the Home Office?'),
    );
    expect(when?.sourceId).toBe('politics/156');
    expect(when?.quote).toContain('April 2001');
  });

  it('answers "when" with the deadline two sentences into the next paragraph', () => {
    // why: sport/050's lead repeats the question's words (Kenteris, Thanou, respond, doping charges) without a
    // date; the next paragraph's first sentence has none either; its second gives the deadline, and "when"
    // asks for a date. The lead may follow it as a second excerpt.
    const excerpt = first(
      engine.answer('When do Kenteris and Thanou have to respond to the doping charges?'),
    );
    expect(excerpt?.sourceId).toBe('sport/050');
    expect(excerpt?.quote).toContain('16 December');
  });

  it.each([
    // why: no article is about a World Cup after 2005; the year in the question is in none of them.
    'Who won the 2018 World Cup?',
    'Who won the 2022 FIFA World Cup?',
    // why: no article names Macron.
    'What did Macron say about climate change?',
    // why: business/109 gives Lufthansa's 2004 results; no article mentions 2010.
    'How much profit did Lufthansa make in 2010?',
    // why: the capitals name a work; the passage that matches best has "four seasons" as a span of time, in
    // lower case (sport/179: "four seasons ago"), and the one article naming Four Seasons (business/470) means
    // hotels and never mentions composing.
    'Who composed The Four Seasons?',
    // why: no article names Tesla; "Model" is capitalised as a name, and the articles' "models" are cars of
    // other makers, in lower case.
    'How much does a Tesla Model 3 cost?',
    // why: the passages that match "capital" best (another country's capital) never name France: a question's
    // name missing from the passage and its article is strong evidence against it (confidence.ts: the name
    // features, of which the fit now weighs articleNameCoverage).
    'What is the capital of France?',
  ])('declines "%s"', (question) => {
    expect(engine.answer(question).kind).toBe('none');
  });

  it('matches a name the question writes as two words and the article as one ("Time Warner", "TimeWarner")', () => {
    // why: business/001 gives the profit jump only in a sentence that writes "TimeWarner"; two adjacent
    // capitalised question words are also looked up as one word when the corpus has it (prepareQuery.ts,
    // compounds), so that sentence matches the name, the profits and the jump, and beats "Time Warner's fourth
    // quarter profits were slightly better…", which has no amount.
    const excerpt = first(engine.answer("How much did Time Warner's profits jump?"));
    expect(excerpt?.sourceId).toBe('business/001');
    expect(excerpt?.quote).toContain('76%');
  });

  it('quotes a sentence two stories share once, naming the other story', () => {
    // why: entertainment/062 and entertainment/370 carry the same sentences about the Spirit awards.
    const result = engine.answer('Who won the Oscar for best actor?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    const quotes = result.excerpts.map((e) => e.quote);
    expect(quotes.filter((q, i) => quotes.some((other, j) => i !== j && other.includes(q)))).toEqual([]);
    const ids = result.excerpts.flatMap((e) => [e.sourceId, ...(e.alsoIn ?? [])]);
    expect(ids).toEqual(expect.arrayContaining(['entertainment/062', 'entertainment/370']));
  });
});
