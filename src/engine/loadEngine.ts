import { loadCorpus } from '../corpus/loadCorpus.js';
import { corpusKey, IndexCache } from '../index/indexCache.js';
import { buildPassages } from '../passages/buildPassages.js';
import { createEngine, type EngineWithIndex } from './createEngine.js';

export interface LoadEngineOptions {
  /** Called for each corpus warning (skipped file, Latin-1 fallback, duplicate) and cache problem. */
  readonly onWarning?: (message: string) => void;
  /**
   * Folder for the persisted index (INDEX_CACHE_DIR). When set, an index saved for the same corpus content
   * is reused and a new one is saved after building. Omit it to always build in memory.
   */
  readonly cacheDir?: string;
}

/** Loads the corpus folder `dir` and builds its engine, reusing a persisted index when the corpus is unchanged. */
export async function loadEngine(dir: string, options: LoadEngineOptions = {}): Promise<EngineWithIndex> {
  const corpus = await loadCorpus(dir, options.onWarning ? { onWarning: options.onWarning } : {});
  if (options.cacheDir === undefined) return createEngine(corpus);
  const cache = new IndexCache(options.cacheDir, options.onWarning);
  const passages = buildPassages(corpus.articles);
  const key = corpusKey(corpus, passages);
  const cached = await cache.load(corpus, key);
  if (cached) return createEngine(corpus, { passages, index: cached });
  const engine = createEngine(corpus, { passages });
  await cache.save(corpus, key, engine.index);
  return engine;
}
