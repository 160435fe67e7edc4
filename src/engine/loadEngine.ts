import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { loadCorpus } from '../corpus/loadCorpus.js';
import { corpusKey, IndexCache } from '../index/indexCache.js';
import type { Article } from '../corpus/Article.js';
import type { OnWarning } from '../corpus/WarningKind.js';
import { buildPassages, type Passage, type PreviousTags } from '../passages/buildPassages.js';
import { PassageIndex } from '../index/PassageIndex.js';
import { createEngine, indexCorpus } from './createEngine.js';
import type { Engine } from './Engine.js';

export interface LoadEngineOptions {
  /** Called for each corpus warning (skipped file, Latin-1 fallback, duplicate) and cache problem, with its kind. */
  readonly onWarning?: OnWarning | undefined;
  /**
   * Folder for the persisted index (INDEX_CACHE_DIR). When set, an index saved for the same corpus content
   * is reused and a new one is saved after building. Omit it to always build in memory.
   */
  readonly cacheDir?: string | undefined;
  /** Decline below this confidence (MIN_CONFIDENCE setting); default confidence.ts's MIN_CONFIDENCE. */
  readonly minConfidence?: number | undefined;
  /**
   * Told where the engine's index came from: restored from the cache, or built (and saved). For the bench and
   * the tests; the index itself is not part of the Engine that presentations see.
   */
  readonly onIndex?: (source: 'cache' | 'built', index: PassageIndex) => void;
}

/** Loads the corpus folder `dir` and builds its engine, reusing a persisted index when the corpus is unchanged. */
export async function loadEngine(dir: string, options: LoadEngineOptions = {}): Promise<Engine> {
  const { onWarning } = options;
  const corpus = await loadCorpus(dir, { onWarning });
  const settings = options.minConfidence === undefined ? {} : { minConfidence: options.minConfidence };
  if (options.cacheDir === undefined) {
    const parts = indexCorpus(corpus);
    options.onIndex?.('built', parts.index);
    return createEngine(corpus, parts, settings);
  }
  const cache = new IndexCache(options.cacheDir, (message) => onWarning?.(message, 'index-cache'));
  // Each step below is synchronous and takes tens of milliseconds on a large corpus; yielding between them
  // lets the bot acknowledge interactions while a reload restores a cached index.
  const key = corpusKey(corpus);
  await yieldToEventLoop();
  const cached = await cache.load(corpus, key);
  await yieldToEventLoop();
  if (cached) {
    options.onIndex?.('cache', cached.index);
    return createEngine(corpus, cached, settings);
  }
  // Tags of the articles unchanged since the folder's last build are reused: only what changed is tagged.
  const passages = await buildPassagesInSlices(corpus.articles, await cache.previousTags(corpus));
  const index = PassageIndex.build(passages, new Map(corpus.articles.map((a) => [a.id, a])));
  await cache.save(corpus, key, passages, index);
  options.onIndex?.('built', index);
  return createEngine(corpus, { passages, index }, settings);
}

/** Articles split into passages between two yields: about 15 ms of work. */
const ARTICLES_PER_SLICE = 200;

/** `buildPassages`, yielding to the event loop between slices of articles. */
async function buildPassagesInSlices(
  articles: readonly Article[],
  previousTags: PreviousTags | undefined,
): Promise<Passage[]> {
  const passages: Passage[] = [];
  for (let from = 0; from < articles.length; from += ARTICLES_PER_SLICE) {
    buildPassages(articles.slice(from, from + ARTICLES_PER_SLICE), passages, previousTags);
    await yieldToEventLoop();
  }
  return passages;
}
