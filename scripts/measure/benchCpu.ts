/**
 * The bench's answer() and FTS5 + best sentence latency loops (src/bench/measureCorpus.ts: one untimed pass,
 * then QUERY_ROUNDS rounds of BENCH_QUESTIONS, fts5WithBestSentence over the engine's own passages), timed per call both by the wall clock and
 * by the process's CPU time. On a machine shared with other work the wall-clock tail is mostly time spent
 * waiting for a core; the CPU-time tail is what the code itself costs (garbage collection and compilation on
 * other threads of the process included). Needs the SQLite baseline (`npm run bench -- --fts5` installs it).
 *
 *   node --expose-gc --import tsx scripts/measure/benchCpu.ts [BBC folder]
 */
import { performance } from 'node:perf_hooks';
import { BENCH_QUESTIONS } from '../../src/bench/BENCH_QUESTIONS.js';
import { fts5WithBestSentence, QUERY_ROUNDS } from '../../src/bench/measureCorpus.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { createEngine, indexCorpus } from '../../src/engine/createEngine.js';
import { findSqliteBaseline } from '../../src/eval/squad/loadSqliteBaseline.js';
import { percentile } from '../../src/eval/squad/percentile.js';

const [dir = '../shared/data/bbc-news/bbc'] = process.argv.slice(2);
const collect = (): void => (globalThis as { gc?: () => void }).gc?.();

function latency(ask: (question: string) => void): string {
  for (const question of BENCH_QUESTIONS) ask(question);
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let round = 0; round < QUERY_ROUNDS; round += 1) {
    for (const question of BENCH_QUESTIONS) {
      const cpuStart = process.cpuUsage();
      const start = performance.now();
      ask(question);
      wall.push(performance.now() - start);
      const used = process.cpuUsage(cpuStart);
      cpu.push((used.user + used.system) / 1000);
    }
  }
  const f = (values: number[], p: number): string => percentile(values, p).toFixed(2);
  // The first timed round still runs code the compiler has not finished optimising.
  const later = (values: number[]): number[] => values.slice(BENCH_QUESTIONS.length);
  return (
    `wall p50/p99 ${f(wall, 50)}/${f(wall, 99)} cpu p50/p99 ${f(cpu, 50)}/${f(cpu, 99)} ` +
    `(rounds 2+: wall p99 ${f(later(wall), 99)} cpu p99 ${f(later(cpu), 99)})`
  );
}

const corpus = await loadCorpus(dir);
const parts = indexCorpus(corpus);
const engine = createEngine(corpus, parts);
collect();
const ours = latency((question) => void engine.answer(question));
const sqlite = findSqliteBaseline();
let fts = 'FTS5 not installed';
if (sqlite) {
  const fts5 = fts5WithBestSentence(sqlite, corpus);
  fts = latency(fts5.ask);
  fts5.fts.close();
}
console.log(`answer ${ours} | fts5 + best sentence ${fts}`);
