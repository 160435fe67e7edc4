import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Corpus } from '../corpus/Article.js';
import { buildPassages, type Passage } from '../passages/buildPassages.js';
import { PassageIndex, type PassageIndexJSON } from './PassageIndex.js';
import { restorePassages, savePassages, type SavedPassagesJSON } from './savedPassages.js';
import { FIELDS } from './searchOptions.js';
import { STOP_WORDS } from './stopWords.js';
import { processTerm, tokenize } from './terms.js';

/**
 * Bump when the index or passage layout, or passage splitting, changes in a way the probes below cannot see.
 * 3: passages are saved with the index rather than cut again at every start.
 */
const INDEX_FORMAT_VERSION = 3;
/** Sample text whose terms change whenever tokenising, stemming or stop words change. */
const PROBE = 'Running U.S. troops’ 100,000 pipelines, Russia’s café e-mail 3.5 NATO won’t were WHO said';
/**
 * Sample article whose passages and sentences change whenever passage splitting changes: abbreviations,
 * quotations, furniture and headings to skip, and a paragraph long enough to be cut into runs of sentences.
 */
const PASSAGE_PROBE = [
  'MOSCOW (Reuters) -',
  'U.S. Sen. J. Smith met Mr. Putin at 10 a.m. on Feb. 8. "We will bring an end to it," he said. Is it over? No!',
  'Click here to sign up for our newsletter.',
  'Related coverage',
  Array.from(
    { length: 24 },
    (_, i) => `Sentence ${i + 1} of a long paragraph says something… about 3.5% growth.`,
  ).join(' '),
  'Source link',
].join('\n\n');

/**
 * What the index depends on besides the corpus: format version, stop words, the terms of a probe sentence and
 * the passages of a probe article. Part of every cache key, so changing the analysis code invalidates old caches.
 */
function optionsFingerprint(): string {
  const probeArticle: Article = {
    id: 'probe',
    path: 'probe.txt',
    title: 'Probe',
    date: null,
    url: null,
    text: PASSAGE_PROBE,
    bodyStart: 0,
    encoding: 'utf-8',
    duplicateIds: [],
  };
  return JSON.stringify([
    INDEX_FORMAT_VERSION,
    FIELDS.map((field) => field.name),
    [...STOP_WORDS].sort(),
    tokenize(PROBE).map(processTerm),
    buildPassages([probeArticle]).map((passage) => passage.sentences),
  ]);
}

/**
 * Key of what an index and its passages were built from: every article's id, title, body start and text, and
 * the analysis options (see optionsFingerprint). The cache saves the passages too, since cutting every article
 * again only to check the key took most of a warm start.
 */
export function corpusKey(corpus: Corpus): string {
  const hash = createHash('sha256').update(optionsFingerprint());
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
  readonly passages: SavedPassagesJSON;
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

  /** The cached passages and index for `corpus` when valid, else null. Never throws. */
  async load(corpus: Corpus, key: string): Promise<CachedIndex | null> {
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
      const passages = restorePassages(cached.passages, corpus.articles);
      const index = PassageIndex.fromJSON(cached.index);
      if (index.size !== passages.length) throw new Error('index and passages differ in number');
      return { passages, index };
    } catch (error) {
      this.onWarning(`Ignoring corrupt index cache ${file} (${(error as Error).message}); rebuilding it`);
      return null;
    }
  }

  /** Saves `passages` and their `index` for `corpus`; a cache folder that cannot be written only costs a warning. */
  async save(corpus: Corpus, key: string, passages: readonly Passage[], index: PassageIndex): Promise<void> {
    const file = await this.fileFor(corpus.dir);
    const temporary = `${file}.${process.pid}.tmp`;
    try {
      await mkdir(this.cacheDir, { recursive: true });
      const saved = { key, passages: savePassages(passages, corpus.articles), index: index.toJSON() };
      await writeFile(temporary, JSON.stringify(saved satisfies CacheFile));
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
