import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, realpath, rename, rm, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Corpus } from '../corpus/Article.js';
import type { Passage } from '../passages/buildPassages.js';
import { PassageIndex, type PassageIndexJSON } from './PassageIndex.js';
import { FIELDS } from './searchOptions.js';
import { STOP_WORDS } from './stopWords.js';
import { processTerm, tokenize } from './terms.js';

/** Bump when the index layout or passage splitting changes in a way the probe below cannot see. */
const INDEX_FORMAT_VERSION = 2;
/** Sample text whose terms change whenever tokenising, stemming or stop words change. */
const PROBE = 'Running U.S. troops’ 100,000 pipelines, Russia’s café e-mail 3.5 NATO won’t were WHO said';

/**
 * What the index depends on besides the corpus: format version, stop words and the terms of a probe
 * sentence. Part of every cache key, so changing the analysis code invalidates old caches.
 */
function optionsFingerprint(): string {
  return JSON.stringify([
    INDEX_FORMAT_VERSION,
    FIELDS.map((field) => field.name),
    [...STOP_WORDS].sort(),
    tokenize(PROBE).map(processTerm),
  ]);
}

/**
 * Key of what an index was built from: every article's id, title and text, every passage's place (the index
 * refers to passages by position, so a change in how articles are cut into passages must miss the cache), and
 * the analysis options.
 */
export function corpusKey(corpus: Corpus, passages: readonly Passage[]): string {
  const hash = createHash('sha256').update(optionsFingerprint());
  for (const article of corpus.articles) {
    hash.update(`\0${article.id}\0${article.title}\0${article.bodyStart}\0`).update(article.text);
  }
  const places = new Int32Array(passages.length * 2);
  passages.forEach((p, i) => {
    places[2 * i] = p.start;
    places[2 * i + 1] = p.end;
  });
  hash.update(`\0${passages.length}\0${passages.map((p) => p.articleId).join('\0')}\0`).update(places);
  return hash.digest('hex');
}

interface CacheFile {
  readonly key: string;
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

  /** The cached index for `corpus` when valid, else null. Never throws. */
  async load(corpus: Corpus, key: string): Promise<PassageIndex | null> {
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
      const index = PassageIndex.fromJSON(cached.index);
      // Used now: the pruning in `save` keeps the most recently used files.
      const now = new Date();
      await utimes(file, now, now).catch(() => {});
      return index;
    } catch (error) {
      this.onWarning(`Ignoring corrupt index cache ${file} (${(error as Error).message}); rebuilding it`);
      return null;
    }
  }

  /** Saves `index` for `corpus`, then prunes the folder's old files; a cache folder that cannot be written only costs a warning. */
  async save(corpus: Corpus, key: string, index: PassageIndex): Promise<void> {
    const folder = await folderName(corpus.dir);
    const file = path.join(this.cacheDir, `${folder}-${key.slice(0, 16)}.json`);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      await mkdir(this.cacheDir, { recursive: true });
      await writeFile(temporary, JSON.stringify({ key, index: index.toJSON() } satisfies CacheFile));
      await rename(temporary, file);
    } catch (error) {
      this.onWarning(`Could not write the index cache in ${this.cacheDir}: ${(error as Error).message}`);
      return;
    }
    await this.prune(folder).catch((error: unknown) =>
      this.onWarning(`Could not prune the index cache in ${this.cacheDir}: ${(error as Error).message}`),
    );
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
