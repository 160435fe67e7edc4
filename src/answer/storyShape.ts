import { storiesWeight } from './ledeShare.js';

/**
 * Passages per article (mean) at or below which a corpus reads as short pieces, and at or above which as
 * stories of many paragraphs; linear between. SQuAD's Wikipedia paragraphs, one article each, have 1.09; the
 * BBC News stories 4.9 (with or without headlines).
 */
const SHORT_PIECES = 1.5;
const LONG_STORIES = 3;

/**
 * 1 unless the question searched many stories of many passages each, 0 when it did (news), between for a
 * corpus between (see SHORT_PIECES, and storiesWeight for how many stories count as many); computed from the
 * index alone. The confidence model weighs the evidence of one search the same on any corpus, but a news
 * question whose story is missing finds far better evidence than a Wikipedia question whose paragraph is
 * missing: a related story mentions the same people and things somewhere in its many paragraphs. The
 * model's weight on this feature is the shift that makes one threshold answer as many news questions whose
 * story is there as it does SQuAD's (see scripts/fit/calibrateStoryShape.ts).
 * `storiesSearched` is 1 for a question asked of one story, as for ledeShare.
 */
export function storyShape(articles: number, passages: number, storiesSearched: number): number {
  if (articles <= 0) return 1;
  const long = (passages / articles - SHORT_PIECES) / (LONG_STORIES - SHORT_PIECES);
  return 1 - storiesWeight(storiesSearched) * Math.min(1, Math.max(0, long));
}
