import { describe, expect, it } from 'vitest';
import { termsOf } from '../../src/index/terms.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { speaksOfYear } from '../../src/answer/yearInStory.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

const story = (text: string, date?: string) => {
  const article = parseArticle({
    id: 'story',
    path: 'story.txt',
    text: date === undefined ? text : `Date: ${date}\n\nHeadline Here\n\n${text}`,
  });
  return { article, terms: new Set(termsOf(`${article.title}\n${article.text}`)) };
};

describe('speaksOfYear: a story names its own year as "this year"', () => {
  it('reads "this year" beside last year\'s figures as the year after them, without a date', () => {
    // why: news written in 2005 says "2004 profits" and "this year", never "2005"; a reader asks "…in 2005?".
    const { article, terms } = story(
      'Headline Here\n\nProfits rose in 2004. The firm plans to spend 500m euros this year buying back shares.',
    );
    expect(speaksOfYear(article, terms, '2005')).toBe(true);
    expect(speaksOfYear(article, terms, '2018')).toBe(false);
  });

  it('needs a relative year: a story that only names 2004 says nothing of 2005', () => {
    const { article, terms } = story('Headline Here\n\nProfits rose in 2004, the firm said on Monday.');
    expect(speaksOfYear(article, terms, '2005')).toBe(false);
  });

  it('reads a dated story\'s "last year" and "this year" by its date', () => {
    const { article, terms } = story(
      'Sales fell last year, and the firm expects growth this year.',
      '14 May 2024',
    );
    expect(speaksOfYear(article, terms, '2023')).toBe(true);
    expect(speaksOfYear(article, terms, '2024')).toBe(true);
    expect(speaksOfYear(article, terms, '2025')).toBe(false);
  });

  it('takes only years: other numbers are never spoken of so', () => {
    const { article, terms } = story(
      'Headline Here\n\nIn 2004 it sold 2,005 cars; this year it hopes for more.',
    );
    expect(speaksOfYear(article, terms, '500')).toBe(false);
  });
});

describe('the confidence evidence: a question\'s year the story names as "this year" is no missing number', () => {
  it('counts "in 2005" as covered by a story of 2004 figures that plans for "this year"', () => {
    const engine = createEngine(
      corpusOf({
        soap: paragraphs(
          'Soap Maker Profits Rise',
          'The soap maker Lathra reported a rise in profits for 2004 on Thursday.',
          'The company also said it planned to spend 500m euros this year buying back shares.',
        ),
        ferry: paragraphs('Ferry Fares Rise', 'Ferry fares on the harbour route will rise by 4% in May.'),
      }),
    );
    const ranking = engine.rankQuestion('How much does Lathra plan to spend buying back its shares in 2005?');
    expect(ranking?.evidence?.numberCoverage).toBe(1);
    // A year the story is not of stays missing.
    const later = engine.rankQuestion('How much does Lathra plan to spend buying back its shares in 2009?');
    expect(later?.evidence?.numberCoverage).toBe(0);
  });
});
