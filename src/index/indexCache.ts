import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, realpath, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Corpus } from '../corpus/Article.js';
import type { Passage, PreviousTags } from '../passages/buildPassages.js';
import { fingerprintOnce } from './indexFingerprint.js';
import { PassageIndex } from './PassageIndex.js';
import type { PassageIndexJSON } from './PassageIndexJSON.js';
import {
  restorePassages,
  savedTagsByArticle,
  savePassages,
  type SavedPassagesJSON,
} from './savedPassages.js';

/**
 * An article's content key: what its passages and their tags are made of (text, body start and the analysis
 * options). An article whose key is unchanged since the last build keeps its tags (see `previousTags`).
 */
export function articleKey(article: Article): string {
  let key = articleKeys.get(article);
  if (key === undefined) {
    key = createHash('sha256')
      .update(fingerprintOnce())
      .update(`\0${article.bodyStart}\0`)
      .update(article.text)
      .digest('hex')
      .slice(0, 32);
    articleKeys.set(article, key);
  }
  return key;
}

/** Each article's key, made once: a rebuild looks its earlier tags up by it, then saves it. */
const articleKeys = new WeakMap<Article, string>();

/**
 * Key of what an index and its passages were built from: every article's id, title, body start and text, and
 * the analysis options (see optionsFingerprint). The cache saves the passages too, since cutting every article
 * again only to check the key took most of a warm start.
 */
export function corpusKey(corpus: Corpus): string {
  const hash = createHash('sha256').update(fingerprintOnce());
  for (const article of corpus.articles) {
    hash.update(`\0${article.id}\0${article.title}\0${article.bodyStart}\0`).update(article.text);
  }
  return hash.digest('hex');
}

/** What a valid cache file gives back: the corpus's passages and their index. */
export interface CachedIndex {
  readonly passages: Passage[];
  readonly index: PassageIndex;
}

interface CacheFile {
  readonly key: string;
  /** Each article's `articleKey`, in the corpus's order: what a later rebuild's `previousTags` matches. */
  readonly articleKeys: readonly string[];
  readonly passages: SavedPassagesJSON;
  readonly index: PassageIndexJSON;
}

/** Cached indexes kept per corpus folder (the most recently used first): an edit and its undo both stay warm. */
export const KEPT_PER_FOLDER = 3;
/** A temporary file older than this (ms) is left over from a crash while writing, and is removed. */
const STALE_TEMPORARY_MS = 60 * 60 * 1000;
/** `<folder>-<key>.json` (and the `<folder>.json` of earlier versions): 16 hex digits each. */
const CACHE_FILE = /^([0-9a-f]{16})(?:-([0-9a-f]{16}))?\.json$/;

/**
 * Persisted indexes under `cacheDir`, one file per corpus folder and content (named after the folder's real path
 * and the corpus key, so two corpora never share an entry). A file is used only when its key matches the corpus
 * now on disk; a missing, stale or corrupt file is rebuilt. Writes go through a temporary file and a rename, so
 * a crash never leaves a half-written cache. After each write, the folder's older files beyond the
 * `KEPT_PER_FOLDER` most recently used are removed; other folders' files are never touched, so one corpus never
 * evicts another's warm index.
 */
export class IndexCache {
  constructor(
    private readonly cacheDir: string,
    private readonly onWarning: (message: string) => void = () => {},
  ) {}

  /** The cached passages and index for `corpus` when valid, else null. Never throws. */
  async load(corpus: Corpus, key: string): Promise<CachedIndex | null> {
    const file = path.join(this.cacheDir, `${await folderName(corpus.dir)}-${key.slice(0, 16)}.json`);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return null;
    }
    try {
      const cached = JSON.parse(text) as CacheFile;
      if (cached.key !== key) return null;
      const passages = restorePassages(cached.passages, corpus.articles);
      const index = PassageIndex.fromJSON(cached.index);
      if (index.size !== passages.length) throw new Error('index and passages differ in number');
      // Used now: the pruning in `save` keeps the most recently used files.
      const now = new Date();
      await utimes(file, now, now).catch(() => {});
      return { passages, index };
    } catch (error) {
      this.onWarning(`Ignoring corrupt index cache ${file} (${(error as Error).message}); rebuilding it`);
      return null;
    }
  }

  /**
   * Saves `passages` and their `index` for `corpus`, then prunes the folder's old files; a cache folder that
   * cannot be written only costs a warning.
   */
  async save(corpus: Corpus, key: string, passages: readonly Passage[], index: PassageIndex): Promise<void> {
    const folder = await folderName(corpus.dir);
    const file = path.join(this.cacheDir, `${folder}-${key.slice(0, 16)}.json`);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      await mkdir(this.cacheDir, { recursive: true });
      const saved = {
        key,
        articleKeys: corpus.articles.map(articleKey),
        passages: savePassages(passages, corpus.articles),
        index: index.toJSON(),
      };
      await writeFile(temporary, JSON.stringify(saved satisfies CacheFile));
      await rename(temporary, file);
    } catch (error) {
      this.onWarning(`Could not write the index cache in ${this.cacheDir}: ${(error as Error).message}`);
      return;
    }
    await this.prune(folder).catch((error: unknown) =>
      this.onWarning(`Could not prune the index cache in ${this.cacheDir}: ${(error as Error).message}`),
    );
  }

  /**
   * The tags of the articles that the folder's most recently used cache file (an earlier build of this corpus,
   * before some articles changed) holds, for `buildPassages` to reuse: a rebuild then tags only the articles
   * added or changed since. Undefined when there is no such file or it cannot be read (everything is tagged).
   */
  async previousTags(corpus: Corpus): Promise<PreviousTags | undefined> {
    const folder = await folderName(corpus.dir);
    try {
      const latest = (await this.filesOf(folder)).find((entry) => entry.current);
      if (!latest) return undefined;
      const saved = JSON.parse(await readFile(latest.file, 'utf8')) as Partial<CacheFile>;
      if (!saved.passages || !Array.isArray(saved.articleKeys)) return undefined;
      const byKey = savedTagsByArticle(saved.passages, saved.articleKeys);
      return (article) => byKey.get(articleKey(article));
    } catch {
      return undefined;
    }
  }

  /** `folder`'s cache files, the most recently used first. */
  private async filesOf(folder: string): Promise<{ file: string; usedAt: number; current: boolean }[]> {
    const mine: { file: string; usedAt: number; current: boolean }[] = [];
    for (const name of await readdir(this.cacheDir)) {
      const match = CACHE_FILE.exec(name);
      if (match?.[1] !== folder) continue;
      const file = path.join(this.cacheDir, name);
      const usedAt = (await stat(file).catch(() => null))?.mtimeMs;
      if (usedAt !== undefined) mine.push({ file, usedAt, current: match[2] !== undefined });
    }
    return mine.sort((a, b) => b.usedAt - a.usedAt);
  }

  /** Removes `folder`'s files beyond the most recently used few, its old-style file, and stale temporary files. */
  private async prune(folder: string): Promise<void> {
    const names = await readdir(this.cacheDir);
    const now = Date.now();
    const mine: { file: string; usedAt: number; current: boolean }[] = [];
    for (const name of names) {
      const file = path.join(this.cacheDir, name);
      const match = CACHE_FILE.exec(name);
      if (match?.[1] === folder) {
        const usedAt = (await stat(file).catch(() => null))?.mtimeMs;
        if (usedAt !== undefined) mine.push({ file, usedAt, current: match[2] !== undefined });
      } else if (name.endsWith('.tmp')) {
        const info = await stat(file).catch(() => null);
        if (info && now - info.mtimeMs > STALE_TEMPORARY_MS) await rm(file, { force: true });
      }
    }
    mine.sort((a, b) => b.usedAt - a.usedAt);
    const keep = new Set(mine.filter((entry) => entry.current).slice(0, KEPT_PER_FOLDER));
    for (const entry of mine) if (!keep.has(entry)) await rm(entry.file, { force: true });
  }
}

/** How much disk the index cache at `cacheDir` takes: its cache files and their total size in bytes. */
export async function indexCacheSize(cacheDir: string): Promise<{ files: number; bytes: number }> {
  let names: string[];
  try {
    names = await readdir(cacheDir);
  } catch {
    return { files: 0, bytes: 0 };
  }
  let files = 0;
  let bytes = 0;
  for (const name of names) {
    if (!CACHE_FILE.test(name) && !name.endsWith('.tmp')) continue;
    const info = await stat(path.join(cacheDir, name)).catch(() => null);
    if (!info?.isFile()) continue;
    files++;
    bytes += info.size;
  }
  return { files, bytes };
}

/** The cache's name for a corpus folder: a hash of its real path. */
async function folderName(corpusDir: string): Promise<string> {
  const real = await realpath(corpusDir).catch(() => path.resolve(corpusDir));
  return createHash('sha256').update(real).digest('hex').slice(0, 16);
}
