/** Ranks deeper than this do not count towards MRR (MRR@10), for every system alike. */
export const MRR_DEPTH = 10;

/** True when `goldId` is among the first `k` ids of `ranked`. */
export function hitAt(ranked: readonly string[], goldId: string, k: number): boolean {
  return ranked.slice(0, k).includes(goldId);
}

/** 1 / (1-based rank of `goldId` in `ranked`), or 0 when it is absent from the first `depth` ids. */
export function reciprocalRank(ranked: readonly string[], goldId: string, depth = MRR_DEPTH): number {
  const index = ranked.slice(0, depth).indexOf(goldId);
  return index === -1 ? 0 : 1 / (index + 1);
}

/** Running totals of retrieval metrics over many questions. */
export class RetrievalTally {
  private questions = 0;
  private hits1 = 0;
  private hits5 = 0;
  private reciprocalRanks = 0;

  /**
   * Counts one question. `top1` is the system's single answer (its first excerpt's source, or null when it
   * declined); `ranked` is its ranked list for R@5 and MRR. They are separate because the engine's first excerpt
   * and its ranking hook may disagree; for the baselines `top1` is `ranked[0]`.
   */
  add(goldId: string, top1: string | null, ranked: readonly string[]): void {
    this.questions += 1;
    if (top1 === goldId) this.hits1 += 1;
    if (hitAt(ranked, goldId, 5)) this.hits5 += 1;
    this.reciprocalRanks += reciprocalRank(ranked, goldId);
  }

  /** Recall@1 and recall@5 as percentages, MRR as a fraction; all NaN before any question. */
  summary(): { questions: number; recallAt1: number; recallAt5: number; mrr: number } {
    const n = this.questions;
    return {
      questions: n,
      recallAt1: n === 0 ? Number.NaN : (100 * this.hits1) / n,
      recallAt5: n === 0 ? Number.NaN : (100 * this.hits5) / n,
      mrr: n === 0 ? Number.NaN : this.reciprocalRanks / n,
    };
  }
}
