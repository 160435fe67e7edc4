import type { Article } from '../corpus/Article.js';
import type { PassageIndex } from '../index/PassageIndex.js';
import type { Passage } from '../passages/buildPassages.js';
import type { PassageTokenCache } from './passageTokens.js';
import type { RelatedTerms } from './relatedTerms.js';

/** What answering reads: the indexed passages, their articles, and a per-engine token cache. */
export interface AnswerContext {
  readonly articles: ReadonlyMap<string, Article>;
  readonly passages: readonly Passage[];
  readonly index: PassageIndex;
  readonly tokenCache: PassageTokenCache;
  /** Decline when the confidence (see confidence.ts) is below this. */
  readonly minConfidence: number;
  /** Words related in meaning (see relatedTerms.ts): usually the shipped table. */
  readonly relatedTerms: RelatedTerms;
}
