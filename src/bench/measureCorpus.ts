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

/** Times the question list is asked (after WARM_UP_PASSES untimed passes), so p99 rests on a few hundred samples. */
export const QUERY_ROUNDS = 10;
/**
 * Untimed passes over the question list before timing, on each side alike. One was too few for the answer
 * path, most of which is JavaScript: V8 still optimised it through the first timed round (34 functions
 * optimised then against 6 to 20 in later rounds, `--trace-opt`), so the slowest of the 500 samples came from
 * code being compiled rather than from the code itself, while FTS5's side is mostly SQLite's native code.
 */
export const WARM_UP_PASSES = 3;
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

/**
 * The latency of each of `askers` over the bench questions, timed interleaved: each question is asked of every
 * side in turn (the side that goes first rotating by round), after a GC and WARM_UP_PASSES untimed passes. On a
 * machine shared with other work, a burst of load then lands on both sides' samples alike; timed one after the
 * other, seconds apart, one side's p99 could take a burst the other never met. The GC collects the garbage of
 * the build first. It comes before the warm-up, not after: a full GC right before timing made the first timed
 * round of the answer path about twice as slow as the later ones (in three runs of each order on BBC), as if
 * it had undone part of the warm-up; before the warm-up, the first round is like the others.
 */
export function latencies(askers: readonly ((question: string) => void)[]): LatencyStats[] {
  collectGarbage();
  for (let pass = 0; pass < WARM_UP_PASSES; pass += 1) {
    for (const ask of askers) for (const question of BENCH_QUESTIONS) ask(question);
  }
  const samples = askers.map((): number[] => []);
  for (let round = 0; round < QUERY_ROUNDS; round += 1) {
    for (const question of BENCH_QUESTIONS) {
      for (let k = 0; k < askers.length; k += 1) {
        const side = (k + round) % askers.length;
        const ask = askers[side] as (question: string) => void;
        samples[side]?.push(time(() => ask(question)).ms);
      }
    }
  }
  return samples.map((s) => ({ samples: s.length, p50Ms: percentile(s, 50), p99Ms: percentile(s, 99) }));
}

async function folderBytes(dir: string): Promise<number> {
  let total = 0;
  for (const name of await readdir(dir)) total += (await stat(join(dir, name))).size;
  return total;
}

const answersOf = (engine: Engine): string => JSON.stringify(BENCH_QUESTIONS.map((q) => engine.answer(q)));

/**
 * Builds the engine, measures its memory, builds FTS5 + best sentence on its passages when the SQLite baseline
 * is installed, times `answer()` and FTS5 interleaved (see latencies), and saves the index through the
 * engine's own IndexCache. Only numbers leave this function, so the engine and FTS5 can be collected before
 * the restore is timed.
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

  // Built after the memory figures, so they are the engine's alone.
  const sqlite = findSqliteBaseline();
  const fts5 = sqlite ? fts5WithBestSentence(sqlite, corpus) : null;
  if (fts5) progress(`FTS5 built in ${fts5.buildMs.toFixed(0)} ms`);
  const [latencyStats, fts5Stats] = latencies([
    (question) => void engine.answer(question),
    ...(fts5 ? [fts5.ask] : []),
  ]);
  const fts5Result: CorpusBench['fts5'] =
    fts5 && fts5Stats ? { ...fts5Stats, buildMs: fts5.buildMs, bytes: fts5.fts.sizeBytes() } : null;
  fts5?.fts.close();
  const { ms: serializeMs } = await timeAsync(() =>
    cache.save(corpus, corpusKey(corpus), parts.passages, parts.index),
  );
  const indexBytes = await folderBytes(cacheDir);
  progress(`index ${(indexBytes / MB).toFixed(1)} MB on disk, saved in ${serializeMs.toFixed(0)} ms`);
  // The bench questions' answers once: counted, and compared with the restored index's (see answersOf).
  const answers = BENCH_QUESTIONS.map((question) => engine.answer(question));
  return {
    buildMs,
    memory,
    passages: engine.passageCount,
    latency: latencyStats as LatencyStats,
    found: answers.filter((answer) => answer.kind === 'found').length,
    fts5: fts5Result,
    answers: JSON.stringify(answers),
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

/**
 * Measures one corpus: load, build, memory, `answer()` latency (with FTS5 on the engine's own passages when the
 * SQLite baseline is installed, timed interleaved), persisted index size and restore. Run each corpus in a fresh process started with `--expose-gc` for clean memory
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
    fts5: fresh.fts5,
  };
}
