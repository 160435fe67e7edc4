import { describe, expect, it } from 'vitest';
import { storyScores } from '../../src/answer/storyScores.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { PassageIndex } from '../../src/index/PassageIndex.js';
import { processTerm } from '../../src/index/terms.js';
import { buildPassages } from '../../src/passages/buildPassages.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

describe('storyScores', () => {
  const corpus = corpusOf({
    lede: paragraphs(
      'Town News',
      'The harbour wall collapsed overnight.',
      'Nobody was hurt.',
      'Repairs begin soon.',
    ),
    deep: paragraphs(
      'Town News',
      'Nobody was hurt.',
      'Repairs begin soon.',
      'The harbour wall collapsed overnight.',
    ),
    none: paragraphs('Town News', 'The library opened late.'),
  });
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const passages = buildPassages(corpus.articles);
  const index = PassageIndex.build(passages, articles);
  const harbour = processTerm('harbour') ?? '';
  const scoresOf = (ids: readonly number[]): Map<string, number> =>
    storyScores(index, passages, ids, new Map([[harbour, { index: 0, strength: 1 }]]), Float64Array.of(1));
  const firstOf = (articleId: string): number => passages.findIndex((p) => p.articleId === articleId);

  it('weighs a word in the lede above the same word further down, relative to the best story', () => {
    // why: the two stories hold the same words; news says what a story is about in its first paragraph.
    const scores = scoresOf([firstOf('deep'), firstOf('lede')]);
    expect(scores.get('lede')).toBe(1);
    expect(scores.get('deep')).toBeGreaterThan(0);
    expect(scores.get('deep')).toBeLessThan(1);
  });

  it('scores each story of the candidate passages once, and 0 one without the words', () => {
    const scores = scoresOf([firstOf('none'), firstOf('lede') + 1, firstOf('lede')]);
    expect([...scores.keys()].sort()).toEqual(['lede', 'none']);
    expect(scores.get('none')).toBe(0);
  });

  it('scores every story as the best when none holds a word', () => {
    // why: the ranker reads 1 − score as the gap to the best story (0 in the best, see rankFeatures.ts); stories
    // that all score nothing are all the best, so their quotes keep their scores rather than all losing the gap.
    const absent = new Map([[processTerm('volcano') ?? '', { index: 0, strength: 1 }]]);
    const scores = storyScores(
      index,
      passages,
      [firstOf('none'), firstOf('lede')],
      absent,
      Float64Array.of(1),
    );
    expect([...scores.values()]).toEqual([1, 1]);
  });
});

describe('ranking with the story score', () => {
  it('quotes the story about the question over one that only repeats it in passing', () => {
    // why: the council notes' one sentence repeats every word of the question and wins among sentences (without
    // the story's score it is quoted first), but the story that answers is the ferry's, which names the ferry
    // in its lede and all through.
    const engine = createEngine(
      corpusOf({
        ferry: paragraphs(
          'Ferry Operator Collapses',
          'The Marlow ferry has stopped running after its operator, Riverlink, went into administration.',
          'Riverlink ran the crossing for forty years.',
          'Passengers must now drive twelve miles to the nearest bridge.',
          'The ferry carried about 300 people a day.',
        ),
        council: paragraphs(
          'Council Notes',
          'The council met to discuss parking in the town centre.',
          'Members asked why the Marlow ferry stopped running.',
          'The library budget was approved.',
        ),
      }),
    );
    const result = engine.answer('Why did the Marlow ferry stop running?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    const [first] = result.excerpts;
    expect(first.sourceId).toBe('ferry');
    expect(first.quote).toMatch(/^The Marlow ferry has stopped running after its operator/);
  });
});
