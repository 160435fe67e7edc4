import { describe, expect, it } from 'vitest';
import type { AnswerResult, Excerpt } from '../../src/answer/AnswerResult.js';
import { prepareQuery } from '../../src/answer/prepareQuery.js';
import { rankQuotes } from '../../src/answer/rankQuotes.js';
import { shippedRelatedTerms } from '../../src/answer/relatedTerms.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { corpusOf } from '../support/fixtureCorpus.js';

const corpus = corpusOf({
  energy: [
    'Minister Warns Of Winter Shortages',
    'The energy minister said households would face higher bills in the coming weeks as suppliers raised prices.',
    'She said the government would receive new proposals from the regulator before the election.',
  ].join('\n\n'),
  consoles: [
    'Console Sales Rise',
    'Sales of video games rose by a fifth last year, the industry body said on Tuesday.',
    'Retailers expect the new handheld consoles to sell out before Christmas.',
  ].join('\n\n'),
});
const engine = createEngine(corpus);
const context = answerContextOf(corpus.articles);
const { index } = context;

function found(result: AnswerResult): readonly Excerpt[] {
  if (result.kind !== 'found') throw new Error(`expected an answer, got ${result.kind}`);
  return result.excerpts;
}

describe('answer: a mistyped word whose stem the slip mangles', () => {
  it.each([
    // "comming" stems to "com", three letters (too short for fuzzy matching) and a word of its own (".com");
    // "coming" stems to "come".
    [
      'What did the minister say about the comming weeks?',
      'What did the minister say about the coming weeks?',
    ],
    // "recieve" stems to "reciev", two edits from "receiv", beyond fuzzy matching's one for six letters.
    ['When will the government recieve the proposals?', 'When will the government receive the proposals?'],
    // "elction" (stem "elction") is two edits from "elect", the stem of "election".
    ['What will the regulator do before the elction?', 'What will the regulator do before the election?'],
  ])('answers "%s" as "%s", the slip matching the word meant', (typed, meant) => {
    // why: unmatched, the mistyped word weighs as a subject no article mentions, and on a larger corpus the
    // question is declined or answered from whatever matches its other words.
    const [best] = found(engine.answer(meant));
    const [typedBest] = found(engine.answer(typed));
    expect(typedBest?.quote).toBe(best?.quote);
    expect(typedBest?.matchedTerms).toHaveLength(best?.matchedTerms.length ?? 0);
  });
});

describe('prepareQuery: slips', () => {
  const words = shippedRelatedTerms();

  it('gives a word the corpus lacks the corpus terms of its one-slip variants', () => {
    const query = prepareQuery(index, 'What did the minister say about the comming weeks?', words);
    expect(query.slips.get('com')).toEqual(['come']);
  });

  it('reads no slip into an English word the corpus lacks: "gases" is not "games"', () => {
    // why: read as "games", a question about gases, which no article here mentions, would be weighed as one
    // about video games, and the word that should make it declined would weigh as little as "games".
    const question = 'What did the industry body say about gases?';
    expect(prepareQuery(index, question, words).slips.size).toBe(0);
    const { query } = rankQuotes(context, question);
    expect(query.weights[query.terms.indexOf('gase')]).toBe(index.absentTermIdf);
  });

  it('reads a slip into a name the articles lack as into any word that is not English', () => {
    // why: fuzzy matching already reads a name one edit off as the name meant (plainTypos.ts); a slip only
    // reaches what the stemmer put out of its reach ("Libral": "liber"). "Gamez" may be a surname the articles
    // lack: it is read as "games" at a typo's weight, as fuzzy matching reads it anyway.
    expect(prepareQuery(index, 'What did Gamez say about sales?', words).slips.get('gamez')).toEqual([
      'game',
    ]);
    // The first word is capitalised because it starts the question, and may be a slip.
    expect(prepareQuery(index, 'Comming weeks: what did the minister say?', words).slips.get('com')).toEqual([
      'come',
    ]);
  });

  it('without the related-terms table, reads any word the corpus lacks as a possible slip', () => {
    expect(prepareQuery(index, 'What did the industry body say about gases?').slips.get('gase')).toEqual([
      'game',
    ]);
  });
});

describe('answer: a mistyped name whose stem the slip mangles', () => {
  it('reads "Libral" as "Liberal", as fuzzy matching reads a name one edit off', () => {
    // why: "Libral" stems to "libral", two edits from "liber" (Liberal's stem): out of fuzzy reach, and names
    // were never read as slips, so "Who leads the Libral Party?" lost its subject.
    const ctx = answerContextOf(
      corpusOf({
        party: [
          'Party Picks Leader',
          'The Liberal Party elected Anna Berg as its leader on Saturday.',
          'She said the party would campaign on housing.',
        ].join('\n\n'),
        port: ['Port Reopens', 'The port of Gdansk reopened to fishing boats after dredging.'].join('\n\n'),
      }).articles,
    );
    const typed = rankQuotes(ctx, 'Who leads the Libral Party?');
    expect(typed.query.slips.get('libral')).toEqual(['liber']);
    const spelt = rankQuotes(ctx, 'Who leads the Liberal Party?');
    expect(typed.quotes[0]?.span).toEqual(spelt.quotes[0]?.span);
    expect(typed.confidence).toBeGreaterThan(0.8 * spelt.confidence);
  });
});
