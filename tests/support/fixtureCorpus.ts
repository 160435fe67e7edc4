import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Corpus } from '../../src/corpus/Article.js';
import { parseArticle } from '../../src/corpus/parseArticle.js';

/** A corpus built in memory from `{ id: text }` (each a `.txt` file), in the given order. */
export function corpusOf(files: Readonly<Record<string, string>>): Corpus {
  return {
    dir: '/fixture',
    articles: Object.entries(files).map(([id, text]) => parseArticle({ id, path: `${id}.txt`, text })),
    skipped: [],
    warnings: [],
  };
}

/** A fresh folder under the OS temp dir; `cleanup` removes it. */
export async function tempDir(
  prefix = 'verbatim-test-',
): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

/** The repository root (tests run with it as cwd, but resolve from this file to be safe). */
export const REPO_ROOT = path.resolve(import.meta.dirname, '../..');
