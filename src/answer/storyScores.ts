import type { PassageIndex } from '../index/PassageIndex.js';
import { BM25 } from '../index/searchOptions.js';
import type { Passage } from '../passages/buildPassages.js';
import { storyRange } from '../passages/storyRange.js';
import type { TermHit } from './resolveTerms.js';

/**
 * How much more a question word counts in a story's lede (its first passage) than further down, and in its
 * title (for a story without a headline, its lede's first sentence, see searchTitleOf.ts). News says what the
 * story is about in the lede; a story that only mentions the question's words in passing mentions them lower
 * down. A plateau on the news tuning halves (at the story gap's weight, `ranker.handSet.storyGap` in
 * data/fitted-model.json; first quote right / from an accepted story): lede 1, 2, 3, 4, 6 gave the headline set
 * over the headless corpus 63/77 each and the first set 121/140, 121/140, 121/141, 121/141, 121/141; title 0, 1,
 * 2 the same at lede 3.
 */
export const LEDE_FACTOR = 3;
export const TITLE_FACTOR = 1;

/**
 * How well each story holding one of `passageIds` (the question's candidate passages) answers the question as a
 * whole: BM25 over the whole story (BM25F: a word's counts summed over the story, the lede's times LEDE_FACTOR,
 * the title's times TITLE_FACTOR, then saturated once, as minisearch's BM25 with k and b; the story's length
 * summed alike, over the corpus's mean story length), each question term weighed by `weights` (the query's
 * IDF weights). `terms` maps each index term that stands for a question term to it (itself, or a typo's
 * neighbour, with its strength). Returned by article id, relative to the best story (0 to 1; all 1 when no story
 * holds a word: each is then as good as the best, and its quotes lose nothing to the story gap).
 *
 * A story is its run of passages (each article's are consecutive); the counts are read from the passage
 * index's postings, so a question tokenises nothing: a few binary searches per story and term.
 */
export function storyScores(
  index: PassageIndex,
  passages: readonly Passage[],
  passageIds: readonly number[],
  terms: ReadonlyMap<string, TermHit>,
  weights: Float64Array,
): Map<string, number> {
  const scores = new Map<string, number>();
  const average = meanStoryLength(index, passages);
  const counts = new Float64Array(weights.length);
  let best = 0;
  for (const id of passageIds) {
    const articleId = passages[id]?.articleId;
    if (articleId === undefined || scores.has(articleId)) continue;
    const [first, end] = storyRange(passages, id);
    counts.fill(0);
    for (const [term, { index: q, strength }] of terms) {
      const count =
        LEDE_FACTOR * index.countIn(term, first, first + 1) +
        index.countIn(term, first + 1, end) +
        TITLE_FACTOR * index.countIn(term, first, first + 1, 'title');
      counts[q] = (counts[q] as number) + strength * count;
    }
    const norm = BM25.k * (1 - BM25.b + (BM25.b * storyLength(index, first, end)) / (average || 1));
    let score = 0;
    for (let q = 0; q < counts.length; q++) {
      const tf = counts[q] as number;
      if (tf > 0) score += (weights[q] as number) * ((tf * (BM25.k + 1)) / (tf + norm));
    }
    scores.set(articleId, score);
    best = Math.max(best, score);
  }
  for (const [articleId, score] of scores) scores.set(articleId, best > 0 ? score / best : 1);
  return scores;
}

/** A story's length as its score counts it: the lede's and the title's weighed as their words are. */
function storyLength(index: PassageIndex, first: number, end: number): number {
  let length = LEDE_FACTOR * index.lengthOf(first) + TITLE_FACTOR * index.lengthOf(first, 'title');
  for (let doc = first + 1; doc < end; doc++) length += index.lengthOf(doc);
  return length;
}

/** Mean story length over the index (see storyLength), computed on its first question and kept with it. */
function meanStoryLength(index: PassageIndex, passages: readonly Passage[]): number {
  let mean = meanLengths.get(index);
  if (mean === undefined) {
    let total = 0;
    let stories = 0;
    for (let first = 0; first < passages.length; stories++) {
      const [, end] = storyRange(passages, first);
      total += storyLength(index, first, end);
      first = end;
    }
    meanLengths.set(index, (mean = stories > 0 ? total / stories : 0));
  }
  return mean;
}

/** Each index's mean story length; an index is immutable, so once is enough. */
const meanLengths = new WeakMap<PassageIndex, number>();
