import path from 'node:path';
import { beforeAll } from 'vitest';
import type { Excerpt } from '../../src/answer/AnswerResult.js';
import type { Engine } from '../../src/engine/Engine.js';
import { loadEngine } from '../../src/engine/loadEngine.js';
import { REPO_ROOT } from './fixtureCorpus.js';

/** A fixture folder's engine, read from disk as a user's CORPUS_DIR would be, and its first excerpts. */
export interface FolderEngine {
  /** The engine, once the suite's beforeAll has loaded it. */
  readonly engine: () => Engine;
  /** The first excerpt of a question's answer, or the answer's kind when nothing was found. */
  readonly first: (question: string) => Excerpt | 'none' | 'invalid' | undefined;
}

/** Loads `folder` (relative to the repository) in the calling suite's beforeAll. */
export function useFolderEngine(folder: string): FolderEngine {
  let loaded: Engine | undefined;
  beforeAll(async () => {
    loaded = await loadEngine(path.join(REPO_ROOT, folder));
  });
  const engine = (): Engine => {
    if (!loaded) throw new Error(`${folder} is not loaded yet`);
    return loaded;
  };
  return {
    engine,
    first: (question) => {
      const result = engine().answer(question);
      return result.kind === 'found' ? result.excerpts[0] : result.kind;
    },
  };
}
