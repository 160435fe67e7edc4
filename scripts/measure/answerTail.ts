/**
 * Which questions make `answer()`'s slow tail on a corpus, and what every answer is (to check that a speed-up
 * changes none). Loads the corpus (built, not from the index cache), then:
 * - `--dump FILE`: writes the JSON answer of each question of the bench list, the news set and the typo set
 *   (one line each), and the ranking's quote scores and confidence, for a byte-for-byte diff;
 * - times the bench's loop for the engine alone (a GC and WARM_UP_PASSES untimed passes, then ROUNDS rounds of
 *   the bench questions) and prints p50/p99, the process CPU time of the timed rounds, the garbage collections
 *   in them, and the questions of the slowest samples, marked "gc" when a collection ran during the sample.
 *
 *   npx tsx scripts/measure/answerTail.ts ../shared/data/bbc-news/bbc [--dump FILE] [--rounds N] [--extra]
 *
 * `--extra` also times the news and typo questions (per question: median and max over the rounds); `--fresh`
 * times each news and typo question once, after the bench questions (no cache has seen the question).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { performance, PerformanceObserver } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { BENCH_QUESTIONS } from '../../src/bench/BENCH_QUESTIONS.js';
import { WARM_UP_PASSES } from '../../src/bench/measureCorpus.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { percentile } from '../../src/eval/squad/percentile.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    dump: { type: 'string' },
    rounds: { type: 'string', default: '10' },
    extra: { type: 'boolean', default: false },
    fresh: { type: 'boolean', default: false },
  },
});
const [corpusDir] = positionals;
if (corpusDir === undefined) throw new Error('usage: answerTail.ts <corpus folder> [--dump FILE]');
const rounds = Number(values.rounds);

const newsQuestions = (
  JSON.parse(readFileSync('data/eval/bbc-news-qa.json', 'utf8')) as { questions: { question: string }[] }
).questions.map((q) => q.question);
const typoQuestions = (
  JSON.parse(readFileSync('tests/fixtures/bbc-news-typos.json', 'utf8')) as {
    questions: { question: string }[];
  }
).questions.map((q) => q.question);

const corpus = await loadCorpus(corpusDir);
const engine = createEngine(corpus);

if (values.dump !== undefined) {
  const lines: string[] = [];
  for (const question of [...BENCH_QUESTIONS, ...newsQuestions, ...typoQuestions]) {
    const ranking = engine.rankQuestion(question);
    lines.push(
      JSON.stringify({
        answer: engine.answer(question),
        confidence: ranking?.confidence,
        top: ranking?.quotes.slice(0, 12).map((q) => [q.passage.id, q.span.start, q.span.end, q.score]),
      }),
    );
  }
  writeFileSync(values.dump, `${lines.join('\n')}\n`);
}

if (values.fresh) {
  // Each news and typo question asked once, after the bench questions warmed the engine up: no cache has met
  // the question before (it may have met its passages, as in use).
  for (let round = 0; round < 3; round += 1) for (const question of BENCH_QUESTIONS) engine.answer(question);
  const once: number[] = [];
  for (const question of [...newsQuestions, ...typoQuestions]) {
    const start = performance.now();
    engine.answer(question);
    once.push(performance.now() - start);
  }
  const f = (p: number): string => percentile(once, p).toFixed(2);
  console.log(`fresh questions (${once.length}, each once): p50 ${f(50)} p90 ${f(90)} p99 ${f(99)} ms`);
  process.exit(0);
}

const timed = values.extra ? [...BENCH_QUESTIONS, ...newsQuestions, ...typoQuestions] : BENCH_QUESTIONS;
// As the bench (see latencies): the build's garbage collected first, then the warm-up.
(globalThis as { gc?: () => void }).gc?.();
for (let pass = 0; pass < WARM_UP_PASSES; pass += 1) for (const question of timed) engine.answer(question);
// Each garbage collection of the timed rounds (start and end, ms on performance.now()'s clock).
const collections: { start: number; end: number }[] = [];
const observer = new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    collections.push({ start: entry.startTime, end: entry.startTime + entry.duration });
  }
});
observer.observe({ entryTypes: ['gc'] });
const samples: number[] = [];
const startOf = new Map<string, number[]>();
const byQuestion = new Map<string, number[]>();
const cpuStart = process.cpuUsage();
const wallStart = performance.now();
for (let round = 0; round < rounds; round += 1) {
  for (const question of timed) {
    const start = performance.now();
    engine.answer(question);
    const ms = performance.now() - start;
    samples.push(ms);
    const starts = startOf.get(question) ?? [];
    starts.push(start);
    startOf.set(question, starts);
    const list = byQuestion.get(question) ?? [];
    list.push(ms);
    byQuestion.set(question, list);
  }
}
const cpu = process.cpuUsage(cpuStart);
const wall = performance.now() - wallStart;
// The observer is told of collections asynchronously: let it catch up before reading them.
await new Promise((resolve) => setTimeout(resolve, 50));
observer.disconnect();
const duringGc = (start: number, ms: number): boolean =>
  collections.some((c) => c.start <= start + ms && c.end >= start);
const benchSamples = [...byQuestion].filter(([q]) => BENCH_QUESTIONS.includes(q)).flatMap(([, s]) => s);
console.log(
  `bench questions: p50 ${percentile(benchSamples, 50).toFixed(2)} p99 ${percentile(benchSamples, 99).toFixed(2)} ms; ` +
    `all timed: p50 ${percentile(samples, 50).toFixed(2)} p99 ${percentile(samples, 99).toFixed(2)} ms; ` +
    `wall ${wall.toFixed(0)} ms, cpu ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms`,
);
const gcMs = collections.reduce((sum, c) => sum + c.end - c.start, 0);
console.log(`garbage collections in the timed rounds: ${collections.length} (${gcMs.toFixed(1)} ms)`);
const rows = [...byQuestion].map(([question, list]) => ({
  question,
  median: percentile(list, 50),
  min: Math.min(...list),
  max: Math.max(...list),
}));
// The least a question took over the rounds, summed over the questions: the work done, less the noise of a
// shared machine (preemption, GC and compilation land on some rounds, rarely on all).
const minSum = rows.reduce((sum, row) => sum + row.min, 0);
console.log(`sum over questions of their fastest round: ${minSum.toFixed(1)} ms (${rows.length} questions)`);
rows.sort((a, b) => b.min - a.min);
console.log('    min  median     max  (ms, slowest questions by their fastest round)');
for (const row of rows.slice(0, 15)) {
  const cells = [row.min, row.median, row.max].map((ms) => ms.toFixed(2).padStart(7));
  console.log(`${cells.join(' ')}  ${row.question}`);
}
const slowest = [...byQuestion]
  .flatMap(([question, list]) =>
    list.map((ms, round) => ({ question, ms, round, gc: duringGc(startOf.get(question)?.[round] ?? 0, ms) })),
  )
  .sort((a, b) => b.ms - a.ms)
  .slice(0, 12);
console.log('slowest samples:');
for (const s of slowest) {
  console.log(`${s.ms.toFixed(2).padStart(7)} round ${s.round}${s.gc ? ' gc' : '   '}  ${s.question}`);
}
