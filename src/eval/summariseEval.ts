/** How one system did on one question of an eval file (see `scoreQuestion` in seedEval.ts). */
export interface QuestionScore {
  readonly id: string;
  /** The question's half of the set, when the file says (docs/eval-format.md). */
  readonly split?: 'tune' | 'test' | undefined;
  /** The hand-annotated kind of answer (person, money, ...), when the file says. */
  readonly type?: string | undefined;
  /** False for questions that no article answers. */
  readonly answerable: boolean;
  /** Answerable only: the first quote is from an accepted source and holds the accepted text. */
  readonly firstRight: boolean;
  /**
   * Answerable only: the first quote is from an accepted source, whatever it quotes (the held-out review's
   * "first quote from the story holding the answer").
   */
  readonly firstArticle: boolean;
  /** Answerable only: some quote is. */
  readonly anyRight: boolean;
  /** The reply said that no article answers the question (and quoted nothing). */
  readonly declined: boolean;
}

/** Counts for one group of questions; every ratio's denominator is `answerable` or `unanswerable`. */
export interface GroupFigures {
  readonly answerable: number;
  readonly firstRight: number;
  readonly firstArticle: number;
  readonly anyRight: number;
  /** Answerable questions that got a quote at all (not declined), whether right or wrong. */
  readonly answered: number;
  readonly unanswerable: number;
  readonly declinedCorrectly: number;
}

/** A row of the report: a label and which questions it counts. */
export interface EvalGroup {
  readonly label: string;
  readonly includes: (score: QuestionScore) => boolean;
}

/**
 * The report's rows for a set of questions: all of them; each split; each type over both splits; and each
 * type within each split. Splits and types absent from the file give no row; types are sorted by name.
 */
export function evalGroups(scores: readonly QuestionScore[]): EvalGroup[] {
  const splits = (['tune', 'test'] as const).filter((s) => scores.some((q) => q.split === s));
  const types = [...new Set(scores.flatMap((q) => (q.type === undefined ? [] : [q.type])))].sort();
  return [
    { label: 'all', includes: () => true },
    ...splits.map((s) => ({ label: `${s} half`, includes: (q: QuestionScore) => q.split === s })),
    ...types.map((t) => ({ label: `type ${t}`, includes: (q: QuestionScore) => q.type === t })),
    ...splits.flatMap((s) =>
      types.map((t) => ({
        label: `${s}: ${t}`,
        includes: (q: QuestionScore) => q.split === s && q.type === t,
      })),
    ),
  ];
}

/** Adds up the figures of the questions in `group`. */
export function summariseEval(scores: readonly QuestionScore[], group: EvalGroup): GroupFigures {
  const inGroup = scores.filter(group.includes);
  const answerable = inGroup.filter((q) => q.answerable);
  const unanswerable = inGroup.filter((q) => !q.answerable);
  return {
    answerable: answerable.length,
    firstRight: answerable.filter((q) => q.firstRight).length,
    firstArticle: answerable.filter((q) => q.firstArticle).length,
    anyRight: answerable.filter((q) => q.anyRight).length,
    answered: answerable.filter((q) => !q.declined).length,
    unanswerable: unanswerable.length,
    declinedCorrectly: unanswerable.filter((q) => q.declined).length,
  };
}
