import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath, rename, writeFile } from 'node:fs/promises';
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

/**
 * Persisted indexes, one file per corpus folder under `cacheDir` (named after the folder's real path, so
 * two corpora never share an entry). A file is used only when its key matches the corpus now on disk;
 * a missing, stale or corrupt file is rebuilt and replaced. Writes go through a temporary file and a
 * rename, so a crash never leaves a half-written cache.
 */
export class IndexCache {
  constructor(
    private readonly cacheDir: string,
    private readonly onWarning: (message: string) => void = () => {},
  ) {}

  /** The cached index for `corpus` when valid, else null. Never throws. */
  async load(corpus: Corpus, key: string): Promise<PassageIndex | null> {
    const file = await this.fileFor(corpus.dir);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      return null;
    }
    try {
      const cached = JSON.parse(text) as CacheFile;
      if (cached.key !== key) return null;
      return PassageIndex.fromJSON(cached.index);
    } catch (error) {
      this.onWarning(`Ignoring corrupt index cache ${file} (${(error as Error).message}); rebuilding it`);
      return null;
    }
  }

  /** Saves `index` for `corpus`; a cache folder that cannot be written only costs a warning. */
  async save(corpus: Corpus, key: string, index: PassageIndex): Promise<void> {
    const file = await this.fileFor(corpus.dir);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      await mkdir(this.cacheDir, { recursive: true });
      await writeFile(temporary, JSON.stringify({ key, index: index.toJSON() } satisfies CacheFile));
      await rename(temporary, file);
    } catch (error) {
      this.onWarning(`Could not write the index cache in ${this.cacheDir}: ${(error as Error).message}`);
    }
  }

  private async fileFor(corpusDir: string): Promise<string> {
    const real = await realpath(corpusDir).catch(() => path.resolve(corpusDir));
    const name = createHash('sha256').update(real).digest('hex').slice(0, 16);
    return path.join(this.cacheDir, `${name}.json`);
  }
}
