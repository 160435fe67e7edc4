// A question asking for a sum, a count or an age is not answered by a quote that names none.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf } from '../support/fixtureCorpus.js';

/** Invented stories shaped like BBC tech/108 and sport/030: a deal and a walker named, no price and no age. */
function engineWith(dealSentence: string, walkerSentence: string) {
  return createEngine(
    corpusOf({
      'tech/001': [
        'Software giant buys mail search firm',
        'Microsoft has bought Lookout Software, a small firm whose program searches e-mail on a PC.',
        dealSentence,
        'The program will be offered free to people who use Microsoft Outlook.',
      ].join('\n\n'),
      'sport/001': [
        'Walker back on track after crash',
        'Irish walker Jamie Costin is back in training after a car crash near Athens.',
        walkerSentence,
        'He hopes to race again at the World Championships in Helsinki.',
      ].join('\n\n'),
      'sport/002': ['Relay team honoured', 'The relay squad were made MBEs in the New Year Honours.'].join(
        '\n\n',
      ),
    }),
  );
}

describe('a sum, count or age the best quote does not name', () => {
  const without = engineWith(
    'Microsoft would not say what it paid for Lookout Software, which it bought in early October.',
    'Costin was lucky to escape with his life, doctors said.',
  );
  const withFigures = engineWith(
    'Microsoft paid $20m for Lookout Software in early October.',
    'The 27-year-old Costin was lucky to escape with his life, doctors said.',
  );

  it('declines "how much did X pay" when the story names the deal but no sum', () => {
    // why: "Microsoft would not say what it paid for Lookout Software" matches every word of the question and
    // names no sum.
    expect(without.answer('How much did Microsoft pay for Lookout Software?').kind).toBe('none');
    const found = withFigures.answer('How much did Microsoft pay for Lookout Software?');
    expect(found.kind === 'found' && found.excerpts[0].quote).toContain('$20m');
  });

  it('declines "how old" when the story names the walker but not his age', () => {
    // why: the sentence after the one naming him says he was lucky to live; no age, so it does not answer.
    expect(without.answer('How old is walker Jamie Costin?').kind).toBe('none');
    const found = withFigures.answer('How old is walker Jamie Costin?');
    expect(found.kind === 'found' && found.excerpts[0].quote).toContain('27-year-old');
  });
});

describe('a number that is no sum, for "how much"', () => {
  /** An invented story shaped like BBC entertainment/071: a premiere and the star's age; a budget when given. */
  const film = (budgetSentence: string) =>
    createEngine(
      corpusOf({
        'entertainment/001': [
          'Spacey premieres Darin biopic',
          'Kevin Spacey attended the British premiere of his film Beyond the Sea in London on Thursday.',
          `Spacey, 45, said making Beyond the Sea had cost him years. ${budgetSentence}`,
          'It opens in UK cinemas next month.',
        ].join('\n\n'),
        'entertainment/002': ['Band wins award', 'The band won best album at the awards in Glasgow.'].join(
          '\n\n',
        ),
      }),
    );

  it('declines when the only number is an age', () => {
    // why: "Spacey, 45," half-fitted a sum with its currency left out, so his words on the film's cost to him
    // answered it.
    expect(
      film('He sings every song himself.').answer('How much did Beyond the Sea cost to make?').kind,
    ).toBe('none');
  });

  it('still quotes a sum written without its currency', () => {
    const found = film('Beyond the Sea cost 23 million to make.').answer(
      'How much did Beyond the Sea cost to make?',
    );
    expect(found.kind === 'found' && found.excerpts[0].quote).toContain('23 million');
  });
});

describe('a figure the story gives in another sentence', () => {
  it('answers when a quote of the same story that would be shown too names it', () => {
    // why: the sentence matching most of the question names no sum; two paragraphs on, the same story gives
    // it, in a sentence scoring over half as well: that quote is shown too, so the story answers.
    const engine = engineWith(
      [
        'Microsoft paid for Lookout Software with shares, the firm said on Monday.',
        'The firm also hired staff.',
        'Lookout was worth about $20m, analysts said.',
      ].join('\n\n'),
      'Costin was lucky to escape with his life, doctors said.',
    );
    const found = engine.answer('How much did Microsoft pay for Lookout Software?');
    expect(found.kind === 'found' && found.excerpts.map((e) => e.quote).join(' ')).toContain('$20m');
  });
});
