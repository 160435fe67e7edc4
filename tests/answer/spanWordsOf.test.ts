import { describe, expect, it } from 'vitest';
import { spanWordsOf } from '../../src/answer/spanWordsOf.js';
import type { Article } from '../../src/corpus/Article.js';

const articleOf = (text: string): Article => ({
  id: 'news/001',
  path: 'news/001.txt',
  title: 'Ferry',
  date: null,
  url: null,
  text,
  bodyStart: 0,
  encoding: 'utf8',
  duplicateIds: [],
});

describe('spanWordsOf', () => {
  it("reads a span's distinct lowercase words, punctuation and other spans left out", () => {
    const article = articleOf('The Ferry will stop. THE ferry’s last trip costs £3.5m, the council said.');
    expect(spanWordsOf(article, { start: 21, end: 72 }).list).toEqual([
      'the',
      'ferry',
      's',
      'last',
      'trip',
      'costs',
      '3',
      '5m',
      'council',
      'said',
    ]);
  });

  it('reads an article replaced by a rebuild afresh, though the span is the same', () => {
    // why: a changed article must never be judged a copy by the words of its old text.
    const span = { start: 0, end: 20 };
    expect(spanWordsOf(articleOf('The ferry will stop.'), span).list).toEqual([
      'the',
      'ferry',
      'will',
      'stop',
    ]);
    expect(spanWordsOf(articleOf('A bridge opens soon.'), span).list).toEqual([
      'a',
      'bridge',
      'opens',
      'soon',
    ]);
  });
});
