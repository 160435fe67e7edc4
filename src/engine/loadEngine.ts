import { loadCorpus } from '../corpus/loadCorpus.js';
import { createEngine, type EngineWithIndex } from './createEngine.js';

export interface LoadEngineOptions {
  /** Called for each corpus warning (skipped file, Latin-1 fallback, duplicate). */
  readonly onWarning?: (message: string) => void;
}

/** Loads the corpus folder `dir` and builds its engine. */
export async function loadEngine(dir: string, options: LoadEngineOptions = {}): Promise<EngineWithIndex> {
  const corpus = await loadCorpus(dir, options.onWarning ? { onWarning: options.onWarning } : {});
  return createEngine(corpus);
}
