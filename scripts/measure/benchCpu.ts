/**
 * The bench's answer() and FTS5 latency loops (src/bench/measureCorpus.ts: one untimed pass, then QUERY_ROUNDS
 * rounds of BENCH_QUESTIONS, FTS5 over the engine's own passages), timed per call both by the wall clock and
 * by the process's CPU time. On a machine shared with other work the wall-clock tail is mostly time spent
 * waiting for a core; the CPU-time tail is what the code itself costs (garbage collection and compilation on
 * other threads of the process included). Needs the SQLite baseline (`npm run bench -- --fts5` installs it).
 *
 *   node --expose-gc --import tsx scripts/measure/benchCpu.ts [BBC folder]
 */
import { performance } from 'node:perf_hooks';
import { BENCH_QUESTIONS } from '../../src/bench/BENCH_QUESTIONS.js';
import { QUERY_ROUNDS } from '../../src/bench/measureCorpus.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { createEngine, indexCorpus } from '../../src/engine/createEngine.js';
import { Fts5Baseline } from '../../src/eval/squad/Fts5Baseline.js';
import { findSqliteBaseline } from '../../src/eval/squad/loadSqliteBaseline.js';
import { percentile } from '../../src/eval/squad/percentile.js';
import { buildPassages } from '../../src/passages/buildPassages.js';

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
  const texts = new Map(corpus.articles.map((article) => [article.id, article.text]));
  const documents = buildPassages(corpus.articles).map((passage) => ({
    id: passage.articleId,
    text: texts.get(passage.articleId)?.slice(passage.start, passage.end) ?? '',
  }));
  const baseline = new Fts5Baseline(sqlite, documents);
  fts = latency((question) => void baseline.search(question, 10));
  baseline.close();
}
console.log(`answer ${ours} | fts5 ${fts}`);
