import type { AnswerContext } from '../answer/AnswerContext.js';
import { PassageTokenCache } from '../answer/passageTokens.js';
import { shippedRelatedTerms } from '../answer/relatedTerms.js';
import type { Article } from '../corpus/Article.js';
import { PassageIndex } from '../index/PassageIndex.js';
import { buildPassages } from '../passages/buildPassages.js';

/**
 * The answer stage's context over `articles`, never declining (confidence threshold 0), for the fitting and
 * threshold tools: they read the engine's internal evidence, which the Engine interface does not expose.
 */
export function answerContextOf(articles: readonly Article[]): AnswerContext {
  const byId = new Map(articles.map((a) => [a.id, a]));
  const passages = buildPassages(articles);
  return {
    articles: byId,
    passages,
    index: PassageIndex.build(passages, byId),
    tokenCache: new PassageTokenCache(),
    minConfidence: 0,
    relatedTerms: shippedRelatedTerms(),
  };
}
