import type { Engine } from '../../engine/Engine.js';
import type { AnswerConfidence, ArticleRanker } from './runSquadEval.js';

/**
 * The engine with the two hooks the SQuAD harness reads when an engine has them (baselines do not): article
 * ranking for R@5 and MRR, and the confidence `answer` declines on, for the abstention curve. Both come from the
 * engine's one ranking of the question (`rankQuestion`).
 */
export function withEvalHooks(engine: Engine): Engine & ArticleRanker & AnswerConfidence {
  return Object.assign(Object.create(engine) as Engine, {
    rankArticles(question: string, limit: number): string[] {
      const ids = new Set<string>();
      for (const quote of engine.rankQuestion(question)?.quotes ?? []) ids.add(quote.passage.articleId);
      return [...ids].slice(0, limit);
    },
    answerConfidence: (question: string): number => engine.rankQuestion(question)?.confidence ?? 0,
  });
}
