/**
 * The confidences of one set of questions under a model: of those an indexed article answers (to be answered)
 * and of those none does (to be declined). A question that matched nothing has confidence 0.
 */
export interface ScoredQuestions {
  readonly answerable: readonly number[];
  readonly unanswerable: readonly number[];
}

/** One threshold's figures for each set: % of its answerable answered, % of its unanswerable declined. */
export interface CurvePoint {
  readonly threshold: number;
  readonly figures: Readonly<Record<string, { readonly answered: number; readonly declined: number }>>;
}

/**
 * What each threshold trades, set by set: the engine answers at or above it (see answer.ts), so a higher one
 * declines more of the unanswerable and also more of the answerable. For choosing one default threshold that
 * several sets (news and SQuAD) must live with. A set without answerable or unanswerable questions shows 0 there.
 */
export function thresholdCurve(
  sets: Readonly<Record<string, ScoredQuestions>>,
  thresholds: readonly number[],
): CurvePoint[] {
  const pct = (part: number, whole: number): number =>
    whole === 0 ? 0 : Number(((100 * part) / whole).toFixed(1));
  return thresholds.map((threshold) => ({
    threshold,
    figures: Object.fromEntries(
      Object.entries(sets).map(([name, { answerable, unanswerable }]) => [
        name,
        {
          answered: pct(answerable.filter((c) => c >= threshold).length, answerable.length),
          declined: pct(unanswerable.filter((c) => c < threshold).length, unanswerable.length),
        },
      ]),
    ),
  }));
}

/** The curve as a text table: one row per threshold, "answered/declined" (%) per set. */
export function formatThresholdCurve(points: readonly CurvePoint[]): string {
  const names = Object.keys(points[0]?.figures ?? {});
  const width = Math.max(13, ...names.map((n) => n.length));
  const cell = (text: string): string => text.padStart(width + 2);
  const header = `threshold${names.map(cell).join('')}`;
  const rows = points.map(
    (p) =>
      p.threshold.toFixed(2).padStart(9) +
      names
        .map((n) => {
          const f = p.figures[n];
          return cell(f ? `${f.answered.toFixed(1)}/${f.declined.toFixed(1)}` : '-');
        })
        .join(''),
  );
  return [header, ...rows].join('\n');
}
