import type { AnswerContext } from '../../src/answer/AnswerContext.js';
import { PassageTokenCache } from '../../src/answer/passageTokens.js';
import { shippedRelatedTerms } from '../../src/answer/relatedTerms.js';
import { PassageIndex } from '../../src/index/PassageIndex.js';
import { buildPassages } from '../../src/passages/buildPassages.js';
import { squadArticles, type SquadParagraph } from '../../src/eval/squad/loadSquad.js';

/**
 * The answer stage's context over SQuAD paragraphs (one article each), for the fitting scripts: they read the
 * engine's internal evidence, which the Engine interface does not expose. It never declines (confidence 0).
 */
export function squadAnswerContext(paragraphs: readonly SquadParagraph[]): AnswerContext {
  const list = squadArticles(paragraphs);
  const articles = new Map(list.map((a) => [a.id, a]));
  const passages = buildPassages(list);
  return {
    articles,
    passages,
    index: PassageIndex.build(passages, articles),
    tokenCache: new PassageTokenCache(),
    minConfidence: 0,
    relatedTerms: shippedRelatedTerms(),
  };
}
