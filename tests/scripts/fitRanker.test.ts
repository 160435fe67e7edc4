import { describe, expect, it } from 'vitest';
import { fitRanker, frozenOf, newsSetsOf } from '../../scripts/fit/fitRanker.js';
import type { Group } from '../../scripts/fit/rankGroups.js';

describe('newsSetsOf', () => {
  it('reads every pair of a news eval file and its corpus folder, so several news sets join the fit', () => {
    expect(newsSetsOf([])).toEqual([]);
    expect(newsSetsOf(['first.json', 'bbc', 'headline.json', '/tmp/nohead'])).toEqual([
      { file: 'first.json', dir: 'bbc' },
      { file: 'headline.json', dir: '/tmp/nohead' },
    ]);
  });

  it('refuses a news file without its folder', () => {
    expect(newsSetsOf(['first.json', 'bbc', 'headline.json'])).toBeNull();
  });
});

describe('fitRanker', () => {
  it('moves weight to the feature that puts the right quote first, and leaves frozen weights alone', () => {
    // Two quotes per question: the right one is told apart by feature 0 only.
    const group: Group = {
      rows: [Float64Array.from([1, 0.5, 0.3]), Float64Array.from([0, 0.5, 0.3])],
      gold: [true, false],
      hasAnswer: [true, false],
      secondary: [false, false],
      weight: 1,
    };
    const w = fitRanker([group, group], [0, 0, 0.7], new Set([2]));
    expect(w[0]).toBeGreaterThan(0.1);
    expect(w[2]).toBe(0.7);
  });
});

describe('frozenOf', () => {
  const names = ['a', 'b', 'c', 'd'];

  it('freezes only the hand-set weights without --fit', () => {
    expect(frozenOf(['squad.json'], names, ['d'])).toEqual({ frozen: new Set([3]), rest: ['squad.json'] });
  });

  it('with --fit, fits only the weights named (a new feature and those it overlaps), never a hand-set one', () => {
    const options = frozenOf(['--fit', 'b,c', 'squad.json', 'news.json', 'dir'], names, ['c']);
    expect(options).toEqual({ frozen: new Set([0, 2, 3]), rest: ['squad.json', 'news.json', 'dir'] });
  });

  it('names a feature --fit does not know', () => {
    expect(frozenOf(['--fit', 'b,zz', 'squad.json'], names, [])).toEqual({ error: '--fit: no feature "zz"' });
    expect(frozenOf(['squad.json', '--fit'], names, [])).toEqual({ error: '--fit: no feature named' });
  });
});
