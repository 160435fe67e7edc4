import { describe, expect, it } from 'vitest';
import { formatEvalReport } from '../../src/eval/formatEvalReport.js';
import type { QuestionScore } from '../../src/eval/summariseEval.js';

const score = (id: string, split: 'tune' | 'test', fields: Partial<QuestionScore>): QuestionScore => ({
  id,
  split,
  type: 'person',
  answerable: true,
  firstRight: false,
  firstArticle: false,
  anyRight: false,
  declined: false,
  ...fields,
});
const engine = [
  score('a', 'tune', { firstRight: true, firstArticle: true, anyRight: true }),
  score('b', 'test', { firstArticle: true, anyRight: true }),
  score('u', 'test', { answerable: false, declined: true }),
];
// A baseline scored on the same questions: it never gets the first quote or its article right and never declines.
const baseline = engine.map((q) => ({ ...q, firstRight: false, firstArticle: false, declined: false }));

const row = (report: string, label: string) =>
  report.split('\n').find((line) => line.startsWith(`${label} `));

describe('formatEvalReport', () => {
  it('prints one row per group with the counts and five figures per system, side by side', () => {
    const report = formatEvalReport([
      { name: 'verbatim', scores: engine },
      { name: 'fts5+sentence', scores: baseline },
    ]);
    expect(report).toMatch(/verbatim.*fts5\+sentence/);
    expect(
      row(report, 'all')
        ?.split(/\s{2,}/)
        .slice(1),
    ).toEqual([
      '2',
      '1',
      // verbatim: first, article, any, answered, declined
      '1 50.0%',
      '2 100.0%',
      '2 100.0%',
      '2 100.0%',
      '1 100.0%',
      // baseline
      '0 0.0%',
      '0 0.0%',
      '2 100.0%',
      '2 100.0%',
      '0 0.0%',
    ]);
  });

  it('shows "-" where a group has no question to count', () => {
    const report = formatEvalReport([{ name: 'verbatim', scores: engine }]);
    expect(row(report, 'tune half')?.trim().endsWith('-')).toBe(true);
    expect(row(report, 'test: person')).toContain('1 100.0%');
  });
});
