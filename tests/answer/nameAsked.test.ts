// "What was the bank's name?": the answer is a name of the named thing's kind, often a sentence's first words.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf } from '../support/fixtureCorpus.js';

/** Invented wire stories: the lede tells the news without the name, the third paragraph opens with it. */
const engine = createEngine(
  corpusOf({
    'bank-fails': [
      'NEW YORK (CNN) -- A regional bank that lent heavily to home builders in Georgia was shut down by ' +
        'regulators Friday, the 14th bank to fail this year, federal officials said.',
      "At the bank's main office in Savannah, customers lined up on Friday afternoon to ask about their savings.",
      'Peachtree Coastal Bank, based in Savannah, had 19 branches and about $1.4 billion in assets.',
      'The number of failed banks has risen sharply since the housing downturn began.',
      "Regulators said the bank's deposits would be moved to another bank over the weekend.",
    ].join('\n\n'),
    'governor-quits': [
      "COLUMBIA, South Carolina (CNN) -- South Carolina's lieutenant governor resigned Monday, three days " +
        'after newspapers reported that he had used a state airplane for personal trips.',
      'The lieutenant governor had been widely expected to run for governor next year.',
      'Wesley Harbin, 58, announced his resignation in a one-page letter to the governor.',
    ].join('\n\n'),
    'storm-hits': [
      'MIAMI, Florida (CNN) -- A tropical storm brought heavy rain to south Florida on Tuesday, flooding streets.',
      'Forecasters said the storm would weaken as it moved north over the weekend.',
    ].join('\n\n'),
    'team-wins': [
      'DENVER, Colorado (AP) -- Pitcher Luis Cardenas threw a perfect game on Tuesday night in a 4-0 win.',
      'Cardenas struck out 11 in front of 6,812 fans.',
    ].join('\n\n'),
  }),
);

describe('a name asked for', () => {
  it.each([
    // why: "the bank's name" asks for an organisation: the lede restates the question's words, and the
    // sentence that names the bank opens with the name.
    ["What was the bank's name?", 'Peachtree Coastal Bank'],
    // why: a lieutenant governor is a person; the lede and the last paragraph repeat "lieutenant governor" and
    // name no one.
    ["What is the lieutenant governor's name?", 'Wesley Harbin'],
  ])('%s', (question, name) => {
    // The quote that names it leads, not a restatement with the next paragraph appended in case it holds it.
    const found = engine.answer(question);
    expect(found.kind === 'found' && found.excerpts[0].quote.startsWith(name)).toBe(true);
  });
});
