import { describe, expect, it } from 'vitest';
import { buildPassages } from '../../src/passages/buildPassages.js';
import { storyRange } from '../../src/passages/storyRange.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

describe('storyRange', () => {
  const passages = buildPassages(
    corpusOf({
      one: paragraphs('One', 'A single paragraph.'),
      three: paragraphs('Three', 'First paragraph.', 'Second paragraph.', 'Third paragraph.'),
      last: paragraphs('Last', 'Its lede.', 'Its end.'),
    }).articles,
  );

  it("gives the run of the passage's story from any of its passages", () => {
    // why: a story's score and its lede are read over its whole run, wherever the candidate passage lies in it.
    expect(storyRange(passages, 0)).toEqual([0, 1]);
    expect(storyRange(passages, 1)).toEqual([1, 4]);
    expect(storyRange(passages, 2)).toEqual([1, 4]);
    expect(storyRange(passages, 3)).toEqual([1, 4]);
    expect(storyRange(passages, 5)).toEqual([4, 6]);
  });

  it('gives an id outside the list a run of its own', () => {
    expect(storyRange(passages, 9)).toEqual([9, 10]);
  });
});
