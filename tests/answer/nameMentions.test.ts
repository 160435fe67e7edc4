import { describe, expect, it } from 'vitest';
import { demonymForms, isInnerNameWord, relatedForNames } from '../../src/answer/nameMentions.js';
import { questionWordsOf } from '../../src/answer/answerType.js';
import { tokenizeWithOffsets } from '../../src/index/terms.js';

/** Whether `word` in `text` is the inner word of a longer name, for `question`. */
function inner(text: string, word: string, question: string): boolean {
  const tokens = tokenizeWithOffsets(text);
  const i = tokens.findIndex((t) => t.raw === word);
  if (i < 0) throw new Error(`"${word}" is not in "${text}"`);
  return isInnerNameWord(text, tokens, i, questionWordsOf(question));
}

describe('isInnerNameWord', () => {
  it('takes a word between two capitalised words for a part of another name', () => {
    // why: Agence France Presse is a news agency; the country is not what the text speaks of.
    expect(inner('Agence France Presse (AFP) reported.', 'France', 'What is the capital of France?')).toBe(
      true,
    );
    expect(inner('the Agence France-Presse agency', 'France', 'What is the capital of France?')).toBe(true);
  });

  it('keeps the first and the last word of a name, which name what the question asks about', () => {
    // why: a first name before a surname, a title after a company name: the name is still the one asked about.
    expect(inner('Kostas Kenteris and Katerina Thanou', 'Kenteris', 'When must Kenteris respond?')).toBe(
      false,
    );
    expect(inner('Boeing Chief Executive Harry Stonecipher said', 'Boeing', 'What did Boeing say?')).toBe(
      false,
    );
  });

  it('keeps a word whose neighbours are words of the question', () => {
    // why: asked about New York, "York" between "New" and "Stock" is still New York.
    expect(inner('the New York Stock Exchange', 'York', 'What happened in New York?')).toBe(false);
  });

  it('keeps a word that punctuation or lower case separates from its neighbours', () => {
    // why: a list of names is not one name; a lower-case word ends a name.
    expect(inner('Britain, France, Gavi and others', 'France', 'What did France pledge?')).toBe(false);
    expect(inner('In France the Senate voted', 'France', 'What did France decide?')).toBe(false);
  });
});

describe('relatedForNames', () => {
  const table = new Map([
    [
      'iran',
      [
        { term: 'iranian', similarity: 0.79 },
        { term: 'syria', similarity: 0.78 },
      ],
    ],
    ['franc', [{ term: 'britain', similarity: 0.8 }]],
    ['worri', [{ term: 'afraid', similarity: 0.79 }]],
  ]);
  const forNames = relatedForNames(table, ['iran', 'franc']);

  it('keeps for a name only the words that extend its spelling', () => {
    // why: "Iranian" speaks of Iran; Syria and Britain are other countries, however close their vectors.
    expect(forNames.get('iran')).toEqual([{ term: 'iranian', similarity: 0.79 }]);
    expect(forNames.get('franc')).toEqual([]);
  });

  it('leaves the words related to the question’s other words as they are', () => {
    expect(forNames.get('worri')).toEqual([{ term: 'afraid', similarity: 0.79 }]);
  });

  it('lets a place name match its people’s adjective and back when the table lacks the pair', () => {
    // why: the table keeps each word's five nearest; "Mongolian" asks about Mongolia all the same.
    const forms = relatedForNames(new Map([['korea', [{ term: 'korean', similarity: 0.81 }]]]), [
      'mongolia',
      'kenyan',
      'korea',
      'peru',
    ]);
    expect(forms.get('mongolia')).toEqual([{ term: 'mongolian', similarity: 0.75 }]);
    expect(forms.get('kenyan')).toEqual([{ term: 'kenya', similarity: 0.75 }]);
    // The table's own similarity stays, listed once.
    expect(forms.get('korea')).toEqual([{ term: 'korean', similarity: 0.81 }]);
    expect(forms.get('peru')).toBeUndefined();
  });
});

describe('demonymForms', () => {
  it('adds or drops the "n" of a place name and its adjective, and leaves other words alone', () => {
    expect(demonymForms('victoria')).toEqual(['victorian']);
    expect(demonymForms('victorian')).toEqual(['victoria']);
    expect(demonymForms('iran')).toEqual([]);
    expect(demonymForms('london')).toEqual([]);
  });
});
