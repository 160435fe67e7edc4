import { describe, expect, it } from 'vitest';
import { formatThresholdCurve, thresholdCurve } from '../../src/eval/thresholdCurve.js';

// News-like questions: the answerable ones score lower than SQuAD's, and the ones about a missing story score
// high (a related story is there), so the threshold that declines them costs SQuAD answers.
const sets = {
  news: { answerable: [0.3, 0.5, 0.7, 0.9], unanswerable: [0.1, 0.4, 0.6, 0.8] },
  squad: { answerable: [0.6, 0.8, 0.9, 0.95, 0.99], unanswerable: [0.05, 0.1, 0.2, 0.3] },
};

describe('thresholdCurve', () => {
  it("gives each set's answered and declined share at each threshold, answering at or above it", () => {
    const [low, high] = thresholdCurve(sets, [0.3, 0.65]);
    // At 0.3 every news answer is kept (0.3 is not below it), one missing story of four declined.
    expect(low).toEqual({
      threshold: 0.3,
      figures: { news: { answered: 100, declined: 25 }, squad: { answered: 100, declined: 75 } },
    });
    // At 0.65 news declines three of four missing stories, but answers only half of its answerable questions.
    expect(high?.figures).toEqual({
      news: { answered: 50, declined: 75 },
      squad: { answered: 80, declined: 100 },
    });
  });

  it('shows 0 for a set with nothing to answer or decline', () => {
    const [point] = thresholdCurve({ only: { answerable: [0.5], unanswerable: [] } }, [0.2]);
    expect(point?.figures.only).toEqual({ answered: 100, declined: 0 });
  });

  it('prints one row per threshold, answered/declined per set', () => {
    const table = formatThresholdCurve(thresholdCurve(sets, [0.3, 0.65])).split('\n');
    expect(table[0]).toMatch(/^threshold\s+news\s+squad$/);
    expect(table[1]).toMatch(/^\s+0\.30\s+100\.0\/25\.0\s+100\.0\/75\.0$/);
    expect(table[2]).toMatch(/^\s+0\.65\s+50\.0\/75\.0\s+80\.0\/100\.0$/);
  });
});
