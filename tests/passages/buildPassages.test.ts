import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { buildPassages, MAX_PASSAGE_CHARS, splitParagraphs } from '../../src/passages/buildPassages.js';
import { tagEndOf, tagStartOf } from '../../src/passages/tagSentences.js';
import { corpusOf } from '../support/fixtureCorpus.js';

const article = (text: string, id = 'a') => parseArticle({ id, path: `${id}.txt`, text });

describe('buildPassages', () => {
  it("quotes a lede with its dateline but tags none of the dateline's words: the city and agency are no answer", () => {
    // why: tagged, "CNN" and "LONDON, England" read as the organisation or place a question asks for
    // ("Which group urged ministers…?"), so the lede beat the sentence naming the answer.
    const text =
      'LONDON, England (CNN) -- A charity has urged British ministers to double aid.\n\n' +
      'WASHINGTON (CNN) -- Oxfam published the report on Monday.';
    const passages = buildPassages([article(text)]);
    expect(passages.map((p) => text.slice(p.start, p.end))).toEqual(text.split('\n\n'));
    const tagged = (i: number): string[] => {
      const p = passages[i]!;
      return [...p.tags].map((tag) => text.slice(tagStartOf(tag, p.start), tagEndOf(tag, p.start)));
    };
    expect(tagged(0)).toContain('British');
    expect(tagged(0).some((words) => /LONDON|England|CNN/.test(words))).toBe(false);
    expect(tagged(1)).toContain('Monday');
    expect(tagged(1).some((words) => /WASHINGTON|CNN/.test(words))).toBe(false);
  });

  it('makes one passage per body paragraph, skipping the headline and boilerplate', () => {
    const text = [
      'Talks End In Moscow',
      'The leaders met for five hours. They agreed to meet again.',
      'NEW YORK',
      'To read our full coverage, click here and subscribe now.',
      'A second paragraph follows.',
      'Source link',
    ].join('\n\n');
    const a = article(text);
    const passages = buildPassages([a]);
    expect(passages.map((p) => text.slice(p.start, p.end))).toEqual([
      'The leaders met for five hours. They agreed to meet again.',
      'A second paragraph follows.',
    ]);
    expect(passages.map((p) => p.id)).toEqual([0, 1]);
    expect(passages.every((p) => p.articleId === 'a')).toBe(true);
    expect(passages[0]?.sentences.map((s) => text.slice(s.start, s.end))).toEqual([
      'The leaders met for five hours.',
      'They agreed to meet again.',
    ]);
  });

  it('numbers passages across articles in order', () => {
    const passages = buildPassages([article('One\n\nFirst body.', 'x'), article('Two\n\nSecond body.', 'y')]);
    expect(passages.map((p) => [p.id, p.articleId])).toEqual([
      [0, 'x'],
      [1, 'y'],
    ]);
  });

  it('cuts a paragraph longer than MAX_PASSAGE_CHARS into runs of whole sentences', () => {
    const sentence = 'The delegates argued about gas supplies and troop numbers for many hours. ';
    const paragraph = sentence.repeat(Math.ceil((MAX_PASSAGE_CHARS * 2.5) / sentence.length)).trim();
    const text = `Headline\n\n${paragraph}`;
    const passages = buildPassages([article(text)]);
    expect(passages.length).toBeGreaterThanOrEqual(3);
    for (const p of passages) {
      expect(p.end - p.start).toBeLessThanOrEqual(MAX_PASSAGE_CHARS);
      expect(text.slice(p.start, p.end).endsWith('hours.')).toBe(true);
    }
    // Together they cover the paragraph with nothing lost.
    expect(passages.map((p) => text.slice(p.start, p.end)).join(' ')).toBe(paragraph);
  });
});

describe('splitParagraphs', () => {
  it('splits at blank lines (including CRLF and white-space-only lines) and trims each paragraph', () => {
    const text = '  First para\nstill first.\r\n\r\nSecond.\n \t\n\n  Third.  ';
    expect(splitParagraphs(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'First para\nstill first.',
      'Second.',
      'Third.',
    ]);
  });

  it('starts from the given offset', () => {
    const text = 'Skip me\n\nKeep me';
    expect(splitParagraphs(text, text.indexOf('Keep')).map((s) => text.slice(s.start, s.end))).toEqual([
      'Keep me',
    ]);
  });
});

describe('buildPassages appending', () => {
  it('builds the same list a slice of articles at a time as all at once', () => {
    const corpus = corpusOf({
      a: 'Alpha\n\nFirst paragraph of alpha.\n\nSecond paragraph of alpha.',
      b: 'Beta\n\nOnly paragraph of beta.',
      c: 'Gamma\n\nFirst of gamma.\n\nSecond of gamma.\n\nThird of gamma.',
    });
    const whole = buildPassages(corpus.articles);
    const sliced = buildPassages(corpus.articles.slice(0, 2));
    buildPassages(corpus.articles.slice(2), sliced);
    expect(sliced).toEqual(whole);
    expect(sliced.map((p) => p.id)).toEqual(whole.map((_, i) => i));
  });
});
