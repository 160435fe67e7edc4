import { describe, expect, it } from 'vitest';
import { answerTypeFit, questionWordsOf } from '../../src/answer/answerType.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

describe('answerTypeFit for people and organisations', () => {
  const fit = (type: 'person' | 'organisation', question: string, sentence: string): number =>
    answerTypeFit(type, sentence, questionWordsOf(question));

  it('fits a "who" question fully only with a person the question does not name', () => {
    const question = 'Which judge is hearing the Birmingham fraud case?';
    expect(fit('person', question, 'Judge Richard Mawrey, QC told the hearing.')).toBe(1);
    // A place the question does not name is a name, but not a person's: it fits a little.
    const place = fit('person', question, 'The fraud case was heard in Bordesley Green.');
    expect(place).toBeGreaterThan(0);
    expect(place).toBeLessThan(1);
    // The question's own names are no answer to it, however they are written.
    expect(fit('person', 'What did Judge Richard Mawrey rule?', 'Judge Richard Mawrey ruled.')).toBe(0);
    expect(
      fit('person', 'Who recreated the lost Bach cantata?', 'It was written by Johann Sebastian Bach.'),
    ).toBe(0);
  });

  it('does not take a role or a weekday for a person the question asks about', () => {
    const question = 'Which minister wants longer school holidays?';
    // "Education Secretary has said" reads like "Kevin Hawkins has said", but names a role: no answer to "which
    // minister", which the sentence naming her answers.
    const role = fit(
      'person',
      question,
      'Holidays should be longer, the Culture and Education Secretary has said.',
    );
    expect(role).toBeLessThan(1);
    expect(
      fit('person', question, 'Holidays should be longer, Education Secretary Jane Marsh has said.'),
    ).toBe(1);
    // "miss Sunday's final": a day, not Miss Sunday.
    expect(fit('person', 'Who will miss the final?', "The striker will miss Sunday's final.")).toBeLessThan(
      1,
    );
  });

  it('keeps a person whose surname is also a place or firm ending, after a given name or a title', () => {
    const question = 'Who wants to buy the bakery chain?';
    // why: "Green" ends place names (Bordesley Green), but "Philip" is a given name and "Dr" a title.
    expect(fit('person', question, 'Retail tycoon Philip Green has said he wants to buy it.')).toBe(1);
    expect(fit('person', question, 'Dr Green said he wants to buy it.')).toBe(1);
    expect(fit('person', question, 'Singer Charlotte Church has said she wants to buy it.')).toBe(1);
    expect(fit('person', question, 'Mr Bishop has said he wants to buy it.')).toBe(1);
    // why: no one is called "Station", given name or not.
    expect(fit('person', question, 'Victoria Station has said it wants to buy it.')).toBeLessThan(1);
  });

  it('takes an organisation for who did something, not for who holds a post', () => {
    // why: news names the doer by an organisation as often as by a person, so "who published" is answered by
    // an organisation's name; "who is the chairman of" asks for a person, and an organisation there is none.
    const sentence = 'The figures came from the Office of National Statistics.';
    const doer = fit('person', 'Who published the jobless figures?', sentence);
    expect(doer).toBeGreaterThan(0);
    // A person the question does not name still fits better.
    expect(doer).toBeLessThan(fit('person', 'Who published the jobless figures?', 'Mary Jones said so.'));
    expect(fit('person', 'Who is the chairman of the bank?', sentence)).toBe(0);
    expect(fit('person', 'Who runs the Harbour Street bakery?', sentence)).toBe(0);
    // why: the role stands after "who is"; elsewhere in the question it is someone else ("the minister" here
    // is the one who blames, "Premier" part of a league's name).
    expect(fit('person', 'Who did the minister blame for the figures?', sentence)).toBeGreaterThan(0);
    expect(fit('person', 'Who won the Premier League title?', sentence)).toBeGreaterThan(0);
    expect(fit('person', 'Who is the new chairman of the bank?', sentence)).toBe(0);
  });

  it('fits an organisation question fully only with an organisation, not with a person', () => {
    const question = 'Which company bought the Harbour Street bakery?';
    expect(fit('organisation', question, 'It was bought by Greggs Foods, the baker said.')).toBe(1);
    expect(fit('organisation', question, 'It was bought, said owner Alan Pryce, in May.')).toBeLessThan(1);
  });
});

describe('answerTypeFit for places', () => {
  const fit = (sentence: string): number =>
    answerTypeFit('place', sentence, questionWordsOf("Where will Charlotte's Web be filmed?"));

  it('fits a "where" question fully with a new name after a word that puts a place after it', () => {
    expect(fit('Filming is due to begin in Melbourne later this month.')).toBe(1);
    expect(fit('The cast will travel to the Yarra Valley in spring.')).toBe(1);
    // A new name elsewhere may be a place, less surely; a person's name is none.
    const elsewhere = fit('The film, made by Paramount, opens soon.');
    expect(elsewhere).toBeGreaterThan(0);
    expect(elsewhere).toBeLessThan(1);
    expect(fit("Actress Julia Roberts will play a spider in Charlotte's Web.")).toBe(0);
    // "According to" names a source, not a place.
    expect(fit('Filming will start soon, according to Paramount.')).toBeLessThan(1);
  });
});

describe('ranking by a new person or organisation', () => {
  const engine = createEngine(
    corpusOf({
      fraud: paragraphs(
        'Postal Vote Fraud Hearing',
        'The case against six councillors follows a hearing into postal vote fraud allegations in Bordesley Green.',
        'Deputy High Court Judge Richard Mawrey told the court the evidence was overwhelming.',
      ),
      rovers: paragraphs(
        'Millbrook Rovers Change Coach',
        'Tom Harris left Millbrook Rovers as coach on Friday after three seasons in charge.',
        'The club has named former striker Dan Okafor to replace Tom Harris.',
      ),
    }),
  );
  const first = (question: string): string => {
    const result = engine.answer(question);
    return result.kind === 'found' ? result.excerpts[0].quote : result.kind;
  };

  it('quotes the sentence naming the judge, not the one restating the case', () => {
    // why: the lead has most of the question's words and a new capitalised name, but a place ("Bordesley
    // Green"); only the next paragraph names a person, after the title "Judge".
    expect(first('Which judge is hearing the postal vote fraud case?')).toContain('Richard Mawrey');
  });

  it('quotes the sentence naming someone new, not the one repeating the question’s names', () => {
    // why: both sentences name Tom Harris and Millbrook Rovers, as the question does; only the second names
    // a person the question does not, Dan Okafor.
    expect(first('Who replaced Tom Harris as coach of Millbrook Rovers?')).toContain('Dan Okafor');
  });
});
