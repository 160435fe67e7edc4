import { describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../../src/corpus/Article.js';
import { repeatCorpus } from '../../src/bench/benchCorpora.js';

const article = (id: string, duplicateIds: string[] = []): Article => ({
  id,
  path: `${id}.txt`,
  title: id,
  date: null,
  url: null,
  text: `Text of ${id}.`,
  bodyStart: 0,
  encoding: 'utf-8',
  duplicateIds,
});

describe('repeatCorpus', () => {
  const corpus: Corpus = {
    dir: 'news',
    articles: [article('tech/001', ['tech/009']), article('sport/002')],
    skipped: [],
    warnings: ['a warning'],
  };

  it('repeats every article under a distinct prefixed id, path and duplicate ids, text unchanged', () => {
    const repeated = repeatCorpus(corpus, 3);
    expect(repeated.articles.map((a) => a.id)).toEqual([
      'x0/tech/001',
      'x0/sport/002',
      'x1/tech/001',
      'x1/sport/002',
      'x2/tech/001',
      'x2/sport/002',
    ]);
    expect(new Set(repeated.articles.map((a) => a.id)).size).toBe(6);
    expect(repeated.articles[2]).toMatchObject({
      path: 'x1/tech/001.txt',
      duplicateIds: ['x1/tech/009'],
      text: 'Text of tech/001.',
    });
    expect(repeated.warnings).toEqual(['a warning']);
  });

  it('leaves the original corpus alone', () => {
    repeatCorpus(corpus, 2);
    expect(corpus.articles.map((a) => a.id)).toEqual(['tech/001', 'sport/002']);
  });
});
