import type { Engine } from '../engine/Engine.js';
import type { EvalQuestion } from './seedEval.js';
import { operatingPoint } from './squad/operatingPoint.js';

/** How the half-indexed run went for one answerable question. */
export interface HalfIndexedOutcome {
  readonly id: string;
  readonly split?: 'tune' | 'test' | undefined;
  /** Some accepted source is indexed: the question should be answered; otherwise declined. */
  readonly inside: boolean;
  /** The engine quoted something (at its own threshold, MIN_CONFIDENCE). */
  readonly answered: boolean;
  /** The engine's confidence, 0 when nothing matched: for the operating point of `summariseHalfIndexed`. */
  readonly confidence: number;
}

/**
 * Asks the answerable questions of an eval file of `halfEngine`, an engine over part of the corpus, whose
 * indexed article ids are `indexed`. `canonicalId` maps an accepted source to the id its article is indexed
 * under (a byte-identical copy is indexed once, under its first copy's id). Unanswerable questions are left
 * out: the full run already measures them.
 */
export function runHalfIndexedEval(
  halfEngine: Engine,
  questions: readonly EvalQuestion[],
  indexed: ReadonlySet<string>,
  canonicalId: (id: string) => string = (id) => id,
): HalfIndexedOutcome[] {
  return questions.flatMap((q) => {
    if ('unanswerable' in q) return [];
    return [
      {
        id: q.id,
        split: q.split,
        inside: hasIndexedSource(q, indexed, canonicalId),
        answered: halfEngine.answer(q.question).kind === 'found',
        confidence: halfEngine.rankQuestion(q.question)?.confidence ?? 0,
      },
    ];
  });
}

/**
 * Whether one of the question's accepted sources is indexed: the half-indexed run should answer it. An
 * unanswerable question has none.
 */
export function hasIndexedSource(
  question: EvalQuestion,
  indexed: ReadonlySet<string>,
  canonicalId: (id: string) => string = (id) => id,
): boolean {
  return 'accept' in question && question.accept.some((a) => indexed.has(canonicalId(a.source)));
}

/** The share (%) of inside questions that `summariseHalfIndexed` reports the declines at. */
export const HALF_INDEXED_ANSWERED = 90;

/** The half-indexed figures of a group of questions. */
export interface HalfIndexedFigures {
  readonly inside: number;
  /** Inside questions answered at the engine's threshold. */
  readonly answered: number;
  readonly outside: number;
  /** Outside questions declined at the engine's threshold. */
  readonly declined: number;
  /**
   * At the highest threshold answering HALF_INDEXED_ANSWERED % of the inside questions: the threshold and the %
   * of outside questions it declines; null without inside questions.
   */
  readonly atTarget: { readonly threshold: number; readonly declined: number } | null;
}

/** Adds up the half-indexed outcomes of one group of questions. */
export function summariseHalfIndexed(outcomes: readonly HalfIndexedOutcome[]): HalfIndexedFigures {
  const inside = outcomes.filter((o) => o.inside);
  const outside = outcomes.filter((o) => !o.inside);
  const point = operatingPoint(
    inside.map((o) => o.confidence),
    outside.map((o) => o.confidence),
    HALF_INDEXED_ANSWERED,
  );
  return {
    inside: inside.length,
    answered: inside.filter((o) => o.answered).length,
    outside: outside.length,
    declined: outside.filter((o) => !o.answered).length,
    atTarget: point && { threshold: point.threshold, declined: point.outOfCorpusDeclined },
  };
}
