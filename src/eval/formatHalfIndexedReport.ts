import { HALF_INDEXED_ANSWERED, summariseHalfIndexed, type HalfIndexedOutcome } from './halfIndexedEval.js';

/** "12 37.5%" for 12 of 32; "-" when there is nothing to count. */
function cell(count: number, of: number): string {
  return of === 0 ? '-' : `${count} ${((100 * count) / of).toFixed(1)}%`;
}

/**
 * The half-indexed report as plain text: a row for all questions and one per half of the set present, each
 * with the inside questions answered and the outside ones declined at the engine's threshold, then the
 * declines at the threshold that answers HALF_INDEXED_ANSWERED % of the inside ones.
 */
export function formatHalfIndexedReport(outcomes: readonly HalfIndexedOutcome[], heading: string): string {
  const groups = [
    { label: 'all', rows: outcomes },
    ...(['tune', 'test'] as const).flatMap((s) => {
      const rows = outcomes.filter((o) => o.split === s);
      return rows.length === 0 ? [] : [{ label: `${s} half`, rows }];
    }),
  ];
  const pad = (text: string, width = 13): string => text.padStart(width);
  const lines = [
    heading,
    `inside = some accepted article indexed (should answer); outside = none indexed (should decline);`,
    `the last two columns: the highest threshold answering ${HALF_INDEXED_ANSWERED}% of the inside questions, and the outside declined there.`,
    '',
    'group'.padEnd(12) +
      ['inside', 'answered', 'outside', 'declined', `at ${HALF_INDEXED_ANSWERED}%`, 'declined']
        .map((h) => pad(h))
        .join(''),
  ];
  for (const { label, rows } of groups) {
    const f = summariseHalfIndexed(rows);
    lines.push(
      label.padEnd(12) +
        [
          String(f.inside),
          cell(f.answered, f.inside),
          String(f.outside),
          cell(f.declined, f.outside),
          f.atTarget ? f.atTarget.threshold.toFixed(3) : '-',
          f.atTarget && f.outside > 0 ? `${f.atTarget.declined.toFixed(1)}%` : '-',
        ]
          .map((c) => pad(c))
          .join(''),
    );
  }
  return lines.join('\n');
}
