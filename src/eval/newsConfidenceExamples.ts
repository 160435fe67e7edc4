import type { AnswerContext } from '../answer/AnswerContext.js';
import { rankQuestion } from '../answer/answer.js';
import { featureVector } from '../answer/confidence.js';
import { pickExcerpts } from '../answer/pickExcerpts.js';
import { loadCorpus } from '../corpus/loadCorpus.js';
import { answerContextOf } from './answerContextOf.js';
import { hasIndexedSource } from './halfIndexedEval.js';
import { indexedHalf } from './indexedHalf.js';
import { readEvalFile, scoreQuestion, type EvalQuestion } from './seedEval.js';
import type { QuestionScore } from './summariseEval.js';

/** One question of a news eval file as the confidence fit sees it. */
export interface NewsExample {
  /** The evidence's features (see featureVector); null when nothing matched (always declined). */
  readonly x: readonly number[] | null;
  /** Whether an indexed article answers it. */
  readonly answerable: boolean;
  /** How the reply scores when the engine answers whatever its confidence (firstRight, anyRight). */
  readonly score: QuestionScore;
}

/** A news half's examples over the whole corpus, and over the half-indexed corpus (see halfIndexedEval.ts). */
export interface NewsExamples {
  readonly full: NewsExample[];
  /**
   * The half's answerable questions asked of every other article of each folder (indexedHalf): answerable when
   * one of their accepted articles is indexed, else a question whose story is missing, to be declined.
   */
  readonly halfIndexed: NewsExample[];
}

/** A news eval file over its corpus folder: both halves' questions with their evidence. */
export interface NewsSet {
  /** "<questions file> over <corpus dir>". */
  readonly data: string;
  readonly tune: NewsExamples;
  readonly test: NewsExamples;
}

/**
 * The questions of `questionsFile` (docs/eval-format.md), each half asked over the articles of `corpusDir` and
 * over half of them: each with its evidence, whether an indexed article answers it, and how the engine's reply
 * scores when it answers everything, so a model and a threshold can be chosen on them (only on the tuning
 * half). The corpus is read, and both indexes built, once for both halves.
 */
export async function newsSetOf(questionsFile: string, corpusDir: string): Promise<NewsSet> {
  const file = await readEvalFile(questionsFile);
  const { articles } = await loadCorpus(corpusDir);
  const indexed = indexedHalf(articles);
  // An accepted source may be a byte-identical copy: the article it is indexed under decides.
  const canonical = new Map<string, string>(
    articles.flatMap((a) => [a.id, ...a.duplicateIds].map((id) => [id, a.id] as const)),
  );
  const examplesOver =
    (ctx: AnswerContext, answerable: (q: EvalQuestion) => boolean) =>
    (q: EvalQuestion): NewsExample => {
      const ranking = rankQuestion(ctx, q.question);
      const [best, ...rest] = ranking?.quotes ?? [];
      const excerpts = best ? pickExcerpts(ctx, [best, ...rest], 3) : 'declined';
      return {
        x: ranking?.evidence ? featureVector(ranking.evidence) : null,
        answerable: answerable(q),
        score: scoreQuestion(q, excerpts),
      };
    };
  const full = answerContextOf(articles);
  const half = answerContextOf(articles.filter((a) => indexed.has(a.id)));
  const examplesOf = (split: 'tune' | 'test'): NewsExamples => {
    const questions = file.questions.filter((q) => q.split === split);
    return {
      full: questions.map(examplesOver(full, (q) => !('unanswerable' in q))),
      halfIndexed: questions
        .filter((q) => !('unanswerable' in q))
        .map(examplesOver(half, (q) => hasIndexedSource(q, indexed, (id) => canonical.get(id) ?? id))),
    };
  };
  return { data: `${questionsFile} over ${corpusDir}`, tune: examplesOf('tune'), test: examplesOf('test') };
}
