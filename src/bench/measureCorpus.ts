import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createEngine, indexCorpus } from '../engine/createEngine.js';
import type { Corpus } from '../corpus/Article.js';
import type { Engine } from '../engine/Engine.js';
import { Fts5Baseline } from '../eval/squad/Fts5Baseline.js';
import { findSqliteBaseline, type SqliteConstructor } from '../eval/squad/loadSqliteBaseline.js';
import { percentile } from '../eval/squad/percentile.js';
import { pickSentence, StemIdf } from '../eval/squad/pickSentence.js';
import { corpusKey, IndexCache } from '../index/indexCache.js';
import { buildPassages } from '../passages/buildPassages.js';
import { splitSentences } from '../passages/splitSentences.js';
import { BENCH_QUESTIONS } from './BENCH_QUESTIONS.js';
import { loadBenchCorpus } from './benchCorpora.js';
import type { BenchCorpusName, BenchPaths } from './benchCorpora.js';

/** Times the question list is asked (after one untimed pass), so p99 rests on a few hundred samples. */
export const QUERY_ROUNDS = 10;
/** Ranked hits FTS5 returns per query, as in the SQuAD eval. */
const FTS_LIMIT = 10;

/** Latency of one call over the bench question list, in milliseconds. */
export interface LatencyStats {
  readonly samples: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
}

/** Memory held by a stage: the change in `process.memoryUsage()` across it, after a GC when available, in MB. */
export interface MemoryDelta {
  readonly rssMb: number;
  readonly heapUsedMb: number;
}

/** Everything measured for one corpus (in one process). Times are milliseconds; sizes bytes unless named MB. */
export interface CorpusBench {
  readonly corpus: BenchCorpusName;
  readonly articles: number;
  /** Files that were exact copies of an indexed article (folded into it, reported once each). */
  readonly duplicates: number;
  readonly latin1: number;
  readonly skipped: number;
  readonly loadMs: number;
  readonly buildMs: number;
  readonly passages: number;
  /** The engine's persisted index as IndexCache writes it (JSON), bytes on disk. */
  readonly indexBytes: number;
  /** `IndexCache.save` (key the corpus, serialise, write). */
  readonly serializeMs: number;
  /** `loadEngine`'s warm-cache path: `corpusKey`, `IndexCache.load` (read, parse, check key), `createEngine`. */
  readonly restoreMs: number;
  /** restoreMs in parts: hashing the corpus, reading and parsing the cache, `createEngine` with the index. */
  readonly restoreParts: { readonly keyMs: number; readonly cacheLoadMs: number; readonly engineMs: number };
  /** What a start-up with a persisted index costs: loading the corpus plus restoring the index. */
  readonly startupMs: number;
  /** Whether the cache was used and the restored engine answers the question list exactly as the built one. */
  readonly restoredAnswersMatch: boolean;
  readonly corpusMemory: MemoryDelta;
  readonly indexMemory: MemoryDelta;
  /** Resident set size after the build, whole process. */
  readonly rssAfterBuildMb: number;
  readonly answer: LatencyStats & { readonly found: number; readonly questions: number };
  /** The SQLite FTS5 baseline on the same passages; null when better-sqlite3 is not installed (loadSqliteBaseline). */
  readonly fts5: (LatencyStats & { readonly buildMs: number; readonly bytes: number }) | null;
}

const MB = 1024 * 1024;

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

function memoryDelta(before: NodeJS.MemoryUsage, after: NodeJS.MemoryUsage): MemoryDelta {
  return { rssMb: (after.rss - before.rss) / MB, heapUsedMb: (after.heapUsed - before.heapUsed) / MB };
}

function settledMemory(): NodeJS.MemoryUsage {
  collectGarbage();
  return process.memoryUsage();
}

function time<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

async function timeAsync<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await work();
  return { value, ms: performance.now() - start };
}

function latency(ask: (question: string) => void): LatencyStats {
  for (const question of BENCH_QUESTIONS) ask(question);
  const samples: number[] = [];
  for (let round = 0; round < QUERY_ROUNDS; round += 1) {
    for (const question of BENCH_QUESTIONS) samples.push(time(() => ask(question)).ms);
  }
  return { samples: samples.length, p50Ms: percentile(samples, 50), p99Ms: percentile(samples, 99) };
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}

const answersOf = (engine: Engine): string => JSON.stringify(BENCH_QUESTIONS.map((q) => engine.answer(q)));

/**
 * Builds the engine, measures its memory and `answer()` latency, and saves its index through the engine's own
 * IndexCache. Only numbers leave this function, so the engine can be collected before the restore is timed.
 */
async function buildAndPersist(
  corpus: Corpus,
  cacheDir: string,
  cache: IndexCache,
  progress: (message: string) => void,
) {
  const {
    value: { engine, parts },
    ms: buildMs,
  } = time(() => {
    const parts = indexCorpus(corpus);
    return { parts, engine: createEngine(corpus, parts) };
  });
  const memory = settledMemory();
  progress(`${engine.passageCount} passages indexed in ${buildMs.toFixed(0)} ms`);

  let found = 0;
  const latencyStats = latency((question) => {
    if (engine.answer(question).kind === 'found') found += 1;
  });
  const { ms: serializeMs } = await timeAsync(() =>
    cache.save(corpus, corpusKey(corpus), parts.passages, parts.index),
  );
  const indexBytes = await folderBytes(cacheDir);
  progress(`index ${(indexBytes / MB).toFixed(1)} MB on disk, saved in ${serializeMs.toFixed(0)} ms`);
  return {
    buildMs,
    memory,
    passages: engine.passageCount,
    latency: latencyStats,
    found: found / (QUERY_ROUNDS + 1),
    answers: answersOf(engine),
    indexBytes,
    serializeMs,
  };
}

/** FTS5 + best sentence, ready to ask (see fts5WithBestSentence). */
export interface Fts5Asker {
  readonly fts: Fts5Baseline;
  /** Time to build the FTS5 table alone, in ms (the passages and word weights before it are not counted). */
  readonly buildMs: number;
  /** Searches `question` and picks the top passage's best sentence. */
  readonly ask: (question: string) => void;
}

/**
 * SQLite FTS5 + best sentence over the engine's own passages: each question is searched (top FTS_LIMIT by
 * BM25) and the top passage's sentence covering most of the question's word weight is picked, as the eval's
 * FTS5 column quotes (pickSentence), so the bench times a question answered with a quote on both sides. The
 * word weights are computed here, before any timing, as an index would hold them.
 */
export function fts5WithBestSentence(sqlite: SqliteConstructor, corpus: Corpus): Fts5Asker {
  const texts = new Map(corpus.articles.map((article) => [article.id, article.text]));
  const passageTexts = buildPassages(corpus.articles).map(
    (passage) => texts.get(passage.articleId)?.slice(passage.start, passage.end) ?? '',
  );
  const idf = new StemIdf(passageTexts);
  const documents = passageTexts.map((text, i) => ({ id: String(i), text }));
  const { value: fts, ms: buildMs } = time(() => new Fts5Baseline(sqlite, documents));
  const ask = (question: string): void => {
    const [top] = fts.search(question, FTS_LIMIT);
    const text = top === undefined ? undefined : passageTexts[Number(top)];
    if (text !== undefined) pickSentence(question, text, idf, splitSentences);
  };
  return { fts, buildMs, ask };
}

/** FTS5 + best sentence (fts5WithBestSentence), when better-sqlite3 is installed (it is not a dependency). */
function measureFts5(corpus: Corpus): CorpusBench['fts5'] {
  const sqlite = findSqliteBaseline();
  if (!sqlite) return null;
  const fts5 = fts5WithBestSentence(sqlite, corpus);
  const stats = latency(fts5.ask);
  const bytes = fts5.fts.sizeBytes();
  fts5.fts.close();
  return { ...stats, buildMs: fts5.buildMs, bytes };
}

/**
 * Measures one corpus: load, build, memory, persisted index size and restore, `answer()` latency, then FTS5 on
 * the engine's own passages when the SQLite baseline is installed. Run each corpus in a fresh process started with `--expose-gc` for clean memory
 * figures (bench.ts does); without it the memory deltas include uncollected garbage.
 */
export async function measureCorpus(
  name: BenchCorpusName,
  paths: BenchPaths,
  /** Receives progress lines (default stderr); bench.ts passes a no-op when LOG_LEVEL hides info lines. */
  log: (line: string) => void = (line) => void process.stderr.write(`${line}\n`),
): Promise<CorpusBench> {
  const progress = (message: string): void => log(`[${name}] ${message}`);
  const start = settledMemory();
  const { value: corpus, ms: loadMs } = await timeAsync(() => loadBenchCorpus(name, paths));
  const loaded = settledMemory();
  progress(`${corpus.articles.length} articles loaded in ${loadMs.toFixed(0)} ms`);

  const cacheDir = await mkdtemp(join(tmpdir(), 'verbatim-bench-'));
  const cache = new IndexCache(cacheDir, (message) => progress(`cache warning: ${message}`));
  const fresh = await buildAndPersist(corpus, cacheDir, cache, progress);
  // The built engine is out of scope now: collect it so the restore runs with only one index in memory.
  collectGarbage();
  // The start-up path of loadEngine with a warm cache: key the corpus, load the cached passages and index,
  // build the engine.
  const { value: key, ms: keyMs } = time(() => corpusKey(corpus));
  const { value: cached, ms: cacheLoadMs } = await timeAsync(() => cache.load(corpus, key));
  const { value: restored, ms: engineMs } = time(() =>
    cached === null ? null : createEngine(corpus, cached),
  );
  const restoreMs = keyMs + cacheLoadMs + engineMs;
  await rm(cacheDir, { recursive: true, force: true });
  const restoredAnswersMatch = restored !== null && answersOf(restored) === fresh.answers;
  progress(`restored in ${restoreMs.toFixed(0)} ms`);

  const fts5 = measureFts5(corpus);
  if (fts5) progress(`FTS5 built in ${fts5.buildMs.toFixed(0)} ms`);

  return {
    corpus: name,
    articles: corpus.articles.length,
    duplicates: corpus.articles.reduce((sum, article) => sum + article.duplicateIds.length, 0),
    latin1: corpus.articles.filter((article) => article.encoding === 'latin1').length,
    skipped: corpus.skipped.length,
    loadMs,
    buildMs: fresh.buildMs,
    passages: fresh.passages,
    indexBytes: fresh.indexBytes,
    serializeMs: fresh.serializeMs,
    restoreMs,
    restoreParts: { keyMs, cacheLoadMs, engineMs },
    startupMs: loadMs + restoreMs,
    restoredAnswersMatch,
    corpusMemory: memoryDelta(start, loaded),
    indexMemory: memoryDelta(loaded, fresh.memory),
    rssAfterBuildMb: fresh.memory.rss / MB,
    answer: { ...fresh.latency, found: fresh.found, questions: BENCH_QUESTIONS.length },
    fts5,
  };
}
