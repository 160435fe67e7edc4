import { describe, expect, it } from 'vitest';
import { storyShape } from '../../src/answer/storyShape.js';

describe('storyShape', () => {
  it('is 1 for a corpus of one-paragraph pieces, as SQuAD indexes Wikipedia (1.09 passages an article)', () => {
    expect(storyShape(2067, 2255, 2067)).toBe(1);
  });

  it('is 0 for many stories of several passages each, as BBC News (4.9 passages an article)', () => {
    expect(storyShape(2128, 10341, 2128)).toBe(0);
  });

  it('is between for a corpus between, and falls as the stories grow longer', () => {
    const middling = storyShape(1000, 2200, 1000);
    expect(middling).toBeGreaterThan(0);
    expect(middling).toBeLessThan(1);
    expect(storyShape(1000, 2600, 1000)).toBeLessThan(middling);
  });

  // Among a few stories a question whose story is missing finds no related story, as for ledeShare.
  it('is 1 among a few stories, and for a question asked of one story, however long', () => {
    expect(storyShape(3, 50, 3)).toBe(1);
    expect(storyShape(2128, 10341, 1)).toBe(1);
  });

  it('is 1 for an empty corpus', () => {
    expect(storyShape(0, 0, 0)).toBe(1);
  });
});
