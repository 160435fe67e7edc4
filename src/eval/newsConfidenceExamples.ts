import { rankQuestion } from '../answer/answer.js';
import { featureVector } from '../answer/confidence.js';
import { pickExcerpts } from '../answer/pickExcerpts.js';
import { loadCorpus } from '../corpus/loadCorpus.js';
import { answerContextOf } from './answerContextOf.js';
import { readEvalFile, scoreQuestion } from './seedEval.js';
import type { QuestionScore } from './summariseEval.js';

/** One question of a news eval file as the confidence fit sees it. */
export interface NewsExample {
  /** The evidence's features (see featureVector); null when nothing matched (always declined). */
  readonly x: readonly number[] | null;
  readonly answerable: boolean;
  /** How the reply scores when the engine answers whatever its confidence (firstRight, anyRight). */
  readonly score: QuestionScore;
}

/**
 * The questions of `questionsFile` (docs/eval-format.md) in half `split`, asked over the articles of
 * `corpusDir`: each with its evidence, whether an article answers it, and how the engine's reply scores when
 * it answers everything, so a threshold can be chosen on them.
 */
export async function newsConfidenceExamples(
  questionsFile: string,
  corpusDir: string,
  split: 'tune' | 'test',
): Promise<NewsExample[]> {
  const file = await readEvalFile(questionsFile);
  const ctx = answerContextOf((await loadCorpus(corpusDir)).articles);
  return file.questions
    .filter((q) => q.split === split)
    .map((q) => {
      const ranking = rankQuestion(ctx, q.question);
      const [best, ...rest] = ranking?.quotes ?? [];
      const excerpts = best ? pickExcerpts(ctx, [best, ...rest], 3) : 'declined';
      return {
        x: ranking?.evidence ? featureVector(ranking.evidence) : null,
        answerable: !('unanswerable' in q),
        score: scoreQuestion(q, excerpts),
      };
    });
}
