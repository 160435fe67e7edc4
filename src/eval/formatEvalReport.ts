import { evalGroups, summariseEval, type QuestionScore } from './summariseEval.js';

/** One system's scores on the questions of an eval file, in the file's order (the engine, or a baseline). */
export interface EvalColumn {
  readonly name: string;
  readonly scores: readonly QuestionScore[];
}

const LABEL_WIDTH = 24;
const CELL_WIDTH = 13;
const METRICS = ['first', 'article', 'any', 'answered', 'declined'] as const;

/** "12 37.5%" for 12 of 32; "-" when there is nothing to count. */
function cell(count: number, of: number): string {
  return of === 0 ? '-' : `${count} ${((100 * count) / of).toFixed(1)}%`;
}

/**
 * The per-split, per-type report as a plain-text table: one row per group of questions (see `evalGroups`),
 * the question counts, then five figures per system side by side, so a baseline column reads beside the engine.
 * All columns must score the same questions; the rows come from the first column.
 */
export function formatEvalReport(columns: readonly EvalColumn[]): string {
  const first = columns[0];
  if (!first) return '';
  const pad = (text: string): string => ` ${text.padStart(CELL_WIDTH - 1)}`;
  const systemWidth = CELL_WIDTH * METRICS.length;
  const lines = [
    'first = first quote right, article = first quote from an accepted article, any = answer in any quote,',
    'answered = quoted anything (of answerable questions);',
    'declined = said that no article answers (of unanswerable questions).',
    '',
    ' '.repeat(LABEL_WIDTH + 2 * CELL_WIDTH) +
      columns.map((c) => `  ${c.name.slice(0, systemWidth - 2).padStart(systemWidth - 2)}`).join(''),
    'group'.padEnd(LABEL_WIDTH) +
      pad('answerable') +
      pad('unanswerable') +
      columns.map(() => METRICS.map(pad).join('')).join(''),
  ];
  for (const group of evalGroups(first.scores)) {
    const figures = columns.map((c) => summariseEval(c.scores, group));
    const counts = figures[0];
    if (!counts || counts.answerable + counts.unanswerable === 0) continue;
    lines.push(
      group.label.padEnd(LABEL_WIDTH) +
        pad(String(counts.answerable)) +
        pad(String(counts.unanswerable)) +
        figures
          .map((f) =>
            [
              cell(f.firstRight, f.answerable),
              cell(f.firstArticle, f.answerable),
              cell(f.anyRight, f.answerable),
              cell(f.answered, f.answerable),
              cell(f.declinedCorrectly, f.unanswerable),
            ]
              .map(pad)
              .join(''),
          )
          .join(''),
    );
  }
  return lines.join('\n');
}
