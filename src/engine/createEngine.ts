import type { AnswerOptions, AnswerResult } from '../answer/AnswerResult.js';
import type { AnswerContext } from '../answer/AnswerContext.js';
import { answer, rankQuestion } from '../answer/answer.js';
import { MIN_CONFIDENCE } from '../answer/confidence.js';
import { PassageTokenCache } from '../answer/passageTokens.js';
import { shippedRelatedTerms, type RelatedTerms } from '../answer/relatedTerms.js';
import type { Article, Corpus } from '../corpus/Article.js';
import { PassageIndex } from '../index/PassageIndex.js';
import { buildPassages, type Passage } from '../passages/buildPassages.js';
import type { Engine } from './Engine.js';
import { suggestArticles } from './suggestArticles.js';

/** Parts already built for this corpus, so they are not built twice. */
export interface PrebuiltParts {
  /** `buildPassages(corpus.articles)`. */
  readonly passages?: readonly Passage[];
  /** An index of exactly those passages: a persisted one whose key matched (see indexCache.ts). */
  readonly index?: PassageIndex;
}

/** How the engine answers. */
export interface EngineSettings {
  /** Decline below this confidence, 0 to 1 (the MIN_CONFIDENCE setting); default confidence.ts's. */
  readonly minConfidence?: number;
  /** Words related in meaning; default the shipped table (see relatedTerms.ts). */
  readonly relatedTerms?: RelatedTerms;
}

/**
 * A corpus's passages and their index: what `createEngine` builds unless given them, and what the index cache
 * saves (see loadEngine.ts).
 */
export function indexCorpus(corpus: Corpus): Required<PrebuiltParts> {
  const passages = buildPassages(corpus.articles);
  return { passages, index: PassageIndex.build(passages, new Map(corpus.articles.map((a) => [a.id, a]))) };
}

/** Builds the engine over a loaded corpus: passages, then the index, unless `prebuilt` has them. */
export function createEngine(
  corpus: Corpus,
  prebuilt: PrebuiltParts = {},
  settings: EngineSettings = {},
): Engine {
  const articles = new Map(corpus.articles.map((a) => [a.id, a]));
  const byDuplicateId = new Map<string, Article>();
  for (const article of corpus.articles)
    for (const dup of article.duplicateIds) byDuplicateId.set(dup, article);
  const passages = prebuilt.passages ?? buildPassages(corpus.articles);
  const passageCounts = new Map<string, number>();
  for (const p of passages) passageCounts.set(p.articleId, (passageCounts.get(p.articleId) ?? 0) + 1);
  const passageIndex = prebuilt.index ?? PassageIndex.build(passages, articles);
  const ctx: AnswerContext = {
    articles,
    passages,
    index: passageIndex,
    tokenCache: new PassageTokenCache(),
    minConfidence: settings.minConfidence ?? MIN_CONFIDENCE,
    // Read on the first question, not here: the index worker and `npm run sources` build engines that never
    // answer, and reading the table costs ~5 ms (once per process).
    get relatedTerms() {
      return settings.relatedTerms ?? shippedRelatedTerms();
    },
  };
  const getArticle = (id: string): Article | undefined => articles.get(id) ?? byDuplicateId.get(id);

  return {
    corpus,
    articles: corpus.articles,
    passageCount: passages.length,
    answer(question: string, options: AnswerOptions = {}): AnswerResult {
      const sourceId = options.sourceId === undefined ? undefined : (getArticle(options.sourceId)?.id ?? '');
      return answer(ctx, question, { ...options, ...(sourceId === undefined ? {} : { sourceId }) });
    },
    rankQuestion: (question) => rankQuestion(ctx, question),
    getArticle,
    passageCountOf: (id) => passageCounts.get(getArticle(id)?.id ?? '') ?? 0,
    suggestArticles: (query, limit) => suggestArticles(corpus.articles, query, limit),
  };
}
