import { describe, expect, it } from 'vitest';
import { evalGroups, summariseEval, type QuestionScore } from '../../src/eval/summariseEval.js';

const score = (id: string, fields: Partial<QuestionScore>): QuestionScore => ({
  id,
  answerable: true,
  firstRight: false,
  firstArticle: false,
  anyRight: false,
  declined: false,
  ...fields,
});

// Two halves, two types, one unanswerable question per half.
const scores: QuestionScore[] = [
  score('p1', { split: 'tune', type: 'person', firstRight: true, firstArticle: true, anyRight: true }),
  // The right article first, the answer only in a later quote.
  score('p2', { split: 'tune', type: 'person', firstArticle: true, anyRight: true }),
  score('m1', { split: 'test', type: 'money', declined: true }),
  score('m2', { split: 'test', type: 'money', firstRight: true, firstArticle: true, anyRight: true }),
  score('u1', { split: 'tune', type: 'person', answerable: false, declined: true }),
  score('u2', { split: 'test', type: 'money', answerable: false }),
];
const figures = (label: string) => {
  const group = evalGroups(scores).find((g) => g.label === label);
  if (!group) throw new Error(`no group ${label}`);
  return summariseEval(scores, group);
};

describe('evalGroups', () => {
  it('gives all, each half, each type, then each type within each half', () => {
    expect(evalGroups(scores).map((g) => g.label)).toEqual([
      'all',
      'tune half',
      'test half',
      'type money',
      'type person',
      'tune: money',
      'tune: person',
      'test: money',
      'test: person',
    ]);
  });

  it('gives only the all row when the questions carry no split or type (the seed set)', () => {
    expect(evalGroups([score('s1', {})]).map((g) => g.label)).toEqual(['all']);
  });
});

describe('summariseEval', () => {
  it('counts first-quote-right, right article first, answer-in-any-quote and answered over answerable questions only', () => {
    expect(figures('all')).toEqual({
      answerable: 4,
      firstRight: 2,
      firstArticle: 3,
      anyRight: 3,
      answered: 3,
      unanswerable: 2,
      declinedCorrectly: 1,
    });
  });

  it('keeps each half and type to its own questions', () => {
    const tuneHalf = figures('tune half');
    const money = figures('test: money');
    expect(tuneHalf).toMatchObject({ answerable: 2, firstRight: 1, anyRight: 2, declinedCorrectly: 1 });
    expect(money).toMatchObject({ answerable: 2, answered: 1, unanswerable: 1, declinedCorrectly: 0 });
  });
});
