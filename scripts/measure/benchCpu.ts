/**
 * The bench's answer() and FTS5 + best sentence latency loop (src/bench/measureCorpus.ts, latencies:
 * a GC and WARM_UP_PASSES untimed passes, then QUERY_ROUNDS rounds of BENCH_QUESTIONS with each question asked of
 * both sides in turn, fts5WithBestSentence over the engine's own passages), timed per call both by the wall
 * clock and by the process's CPU time. On a machine shared with other work the wall-clock tail is mostly time spent
 * waiting for a core; the CPU-time tail is what the code itself costs (garbage collection and compilation on
 * other threads of the process included). Needs the SQLite baseline (`npm run bench -- --fts5` installs it).
 *
 *   node --expose-gc --import tsx scripts/measure/benchCpu.ts [BBC folder]
 */
import { performance } from 'node:perf_hooks';
import { BENCH_QUESTIONS } from '../../src/bench/BENCH_QUESTIONS.js';
import { fts5WithBestSentence, QUERY_ROUNDS, WARM_UP_PASSES } from '../../src/bench/measureCorpus.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { createEngine, indexCorpus } from '../../src/engine/createEngine.js';
import { findSqliteBaseline } from '../../src/eval/squad/loadSqliteBaseline.js';
import { percentile } from '../../src/eval/squad/percentile.js';

const [dir = '../shared/data/bbc-news/bbc'] = process.argv.slice(2);
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

function latencies(askers: readonly ((question: string) => void)[]): string[] {
  collect();
  for (let pass = 0; pass < WARM_UP_PASSES; pass += 1) {
    for (const ask of askers) for (const question of BENCH_QUESTIONS) ask(question);
  }
  const wall = askers.map((): number[] => []);
  const cpu = askers.map((): number[] => []);
  for (let round = 0; round < QUERY_ROUNDS; round += 1) {
    for (const question of BENCH_QUESTIONS) {
      for (let k = 0; k < askers.length; k += 1) {
        const side = (k + round) % askers.length;
        const cpuStart = process.cpuUsage();
        const start = performance.now();
        askers[side]?.(question);
        wall[side]?.push(performance.now() - start);
        const used = process.cpuUsage(cpuStart);
        cpu[side]?.push((used.user + used.system) / 1000);
      }
    }
  }
  const f = (values: number[] = [], p: number): string => percentile(values, p).toFixed(2);
  return askers.map(
    (_, side) =>
      `wall p50/p99 ${f(wall[side], 50)}/${f(wall[side], 99)} cpu p50/p99 ${f(cpu[side], 50)}/${f(cpu[side], 99)}`,
  );
}

const corpus = await loadCorpus(dir);
const parts = indexCorpus(corpus);
const engine = createEngine(corpus, parts);
const sqlite = findSqliteBaseline();
const fts5 = sqlite ? fts5WithBestSentence(sqlite, corpus) : null;
const [ours, fts = 'FTS5 not installed'] = latencies([
  (question) => void engine.answer(question),
  ...(fts5 ? [fts5.ask] : []),
]);
fts5?.fts.close();
console.log(`answer ${ours} | fts5 + best sentence ${fts}`);
