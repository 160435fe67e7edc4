import { readdirSync, readFileSync } from 'node:fs';
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

/** The repository's seed articles folder. */
export const SEEDS_DIR = path.join(REPO_ROOT, 'seeds');

/** The seed articles as the corpus reads them (id = file name without `.txt`), in file-name order. */
export function seedCorpus(): Corpus {
  const articles = readdirSync(SEEDS_DIR)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) =>
      parseArticle({
        id: file.replace(/\.txt$/, ''),
        path: file,
        text: readFileSync(path.join(SEEDS_DIR, file), 'utf8'),
      }),
    );
  return { dir: SEEDS_DIR, articles, skipped: [], warnings: [] };
}

/** An article's text from its title and paragraphs, each separated by a blank line as the corpus reads them. */
export function paragraphs(title: string, ...rest: string[]): string {
  return [title, ...rest].join('\n\n');
}
