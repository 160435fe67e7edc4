/** The abstention target's operating point: answer at least this share (%) of in-corpus questions. */
export const TARGET_ANSWERED = 95;

/** Declines at the loosest threshold that still answers the target share of in-corpus questions. */
export interface OperatingPoint {
  /** Answer when confidence >= threshold. */
  readonly threshold: number;
  /** In %, both. */
  readonly inCorpusAnswered: number;
  readonly outOfCorpusDeclined: number;
}

/**
 * Given confidences (higher = surer) for in-corpus and out-of-corpus questions, picks the highest threshold
 * that still answers at least `targetAnswered`% of the in-corpus questions, and reports the share of
 * out-of-corpus questions it declines (confidence below the threshold). Null without in-corpus questions.
 */
export function operatingPoint(
  inCorpus: readonly number[],
  outOfCorpus: readonly number[],
  targetAnswered = TARGET_ANSWERED,
): OperatingPoint | null {
  if (inCorpus.length === 0) return null;
  const sorted = [...inCorpus].sort((a, b) => b - a);
  const mustAnswer = Math.ceil((targetAnswered / 100) * sorted.length);
  const threshold = sorted[Math.max(0, mustAnswer - 1)] ?? Number.NEGATIVE_INFINITY;
  const answered = inCorpus.filter((score) => score >= threshold).length;
  const declined = outOfCorpus.filter((score) => score < threshold).length;
  return {
    threshold,
    inCorpusAnswered: (100 * answered) / inCorpus.length,
    outOfCorpusDeclined: outOfCorpus.length === 0 ? Number.NaN : (100 * declined) / outOfCorpus.length,
  };
}
