import { describe, expect, it } from 'vitest';
import { hitAt, reciprocalRank, RetrievalTally } from '../../../src/eval/squad/rankMetrics.js';

describe('hitAt', () => {
  it('counts the gold id only within the first k', () => {
    expect(hitAt(['a', 'b', 'c'], 'c', 3)).toBe(true);
    expect(hitAt(['a', 'b', 'c'], 'c', 2)).toBe(false);
    expect(hitAt([], 'a', 5)).toBe(false);
  });
});

describe('reciprocalRank', () => {
  it('is 1 over the 1-based rank, 0 when absent or deeper than the depth', () => {
    expect(reciprocalRank(['a', 'b'], 'a')).toBe(1);
    expect(reciprocalRank(['a', 'b'], 'b')).toBe(0.5);
    expect(reciprocalRank(['a', 'b'], 'z')).toBe(0);
    expect(reciprocalRank(['a', 'b', 'c'], 'c', 2)).toBe(0);
  });
});

describe('RetrievalTally', () => {
  it('averages recall@1, recall@5 (in %) and MRR over the questions', () => {
    const tally = new RetrievalTally();
    tally.add('a', 'a', ['a', 'b']);
    tally.add('b', 'a', ['a', 'x', 'y', 'z', 'b']);
    tally.add('c', null, []);
    tally.add('d', 'x', ['x', 'd']);
    const summary = tally.summary();
    expect(summary.questions).toBe(4);
    expect(summary.recallAt1).toBe(25);
    expect(summary.recallAt5).toBe(75);
    expect(summary.mrr).toBeCloseTo((1 + 0.2 + 0 + 0.5) / 4);
  });

  it('takes R@1 from the single answer even when the ranked list disagrees', () => {
    // The engine's first excerpt decides R@1; its ranking hook only feeds R@5 and MRR.
    const tally = new RetrievalTally();
    tally.add('a', 'b', ['a', 'b']);
    expect(tally.summary().recallAt1).toBe(0);
    expect(tally.summary().mrr).toBe(1);
  });

  it('is NaN before any question', () => {
    expect(new RetrievalTally().summary().recallAt1).toBeNaN();
  });
});
