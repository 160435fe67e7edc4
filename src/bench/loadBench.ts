// `npm run bench -- --load`: the answer engine under sustained load, in-process, over the BBC corpus.
// Each of N processes (default: one per CPU) loads the engine, asks the fixed question list in a closed
// loop for the whole duration and records every latency; heap is measured after a forced GC before and after.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadEngine } from '../engine/loadEngine.js';
import { percentile } from '../eval/squad/percentile.js';
import { BENCH_QUESTIONS } from './BENCH_QUESTIONS.js';
import { DEFAULT_BENCH_PATHS } from './benchCorpora.js';

/** The bar: at least this many questions per second, sustained. */
export const TARGET_QUESTIONS_PER_SECOND = 1000;
/** Default duration of the timed run, in seconds. */
export const DEFAULT_LOAD_SECONDS = 30;
/**
 * Heap growth over the run (after GC) that still counts as "does not grow with questions answered": the token
 * cache and V8's own bookkeeping move by a few MB; a leak per question would add far more over 30 s.
 */
export const HEAP_GROWTH_TOLERANCE_MB = 5;

/** The usage of `npm run bench -- --load`. */
export const LOAD_USAGE = `Usage: npm run bench -- --load [--seconds N] [--processes N] [--bbc DIR] [--json]
  --seconds N    length of the timed run (default ${DEFAULT_LOAD_SECONDS})
  --processes N  engines answering side by side, one per process (default: CPUs, here ${availableParallelism()})
  --bbc DIR      the BBC corpus (default ${DEFAULT_BENCH_PATHS.bbc})
  --json         print the result as JSON`;

/** What one process measured. Times in milliseconds, heap in MB (heapUsed after a forced GC). */
interface ProcessResult {
  readonly passages: number;
  readonly answered: number;
  readonly found: number;
  readonly elapsedMs: number;
  readonly latenciesMs: readonly number[];
  readonly heapBeforeMb: number;
  readonly heapAfterMb: number;
}

/** The whole run. */
export interface LoadBenchResult {
  readonly corpus: string;
  readonly articles: number;
  readonly processes: number;
  readonly seconds: number;
  readonly answered: number;
  readonly questionsPerSecond: number;
  readonly meetsTarget: boolean;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly p999Ms: number;
  readonly maxMs: number;
  /** Share of answers that found a quote (the rest declined), to show the work is real. */
  readonly foundShare: number;
  readonly heap: readonly {
    readonly beforeMb: number;
    readonly afterMb: number;
    readonly growthMb: number;
  }[];
  readonly heapStable: boolean;
}

const MB = 1024 * 1024;

function heapAfterGc(): number {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('the load bench needs --expose-gc (it starts its processes with it)');
  gc();
  gc();
  return process.memoryUsage().heapUsed / MB;
}

/** In a child process: load, warm up, report ready, wait for "go", answer for `seconds`, print the result. */
async function child(dir: string, cacheDir: string, seconds: number): Promise<void> {
  const engine = await loadEngine(dir, { cacheDir });
  // Two untimed passes fill the engine's passage token cache, as a bot that has run for a while has.
  for (let pass = 0; pass < 2; pass++) for (const question of BENCH_QUESTIONS) engine.answer(question);
  // Allocated before the "before" heap figure; typed-array storage lives outside the JS heap anyway.
  const latencies = new Float64Array(Math.ceil(seconds * 20_000));
  const heapBeforeMb = heapAfterGc();
  process.stdout.write('ready\n');
  await new Promise<void>((resolve) =>
    createInterface({ input: process.stdin }).once('line', () => resolve()),
  );

  let answered = 0;
  let found = 0;
  const started = performance.now();
  const end = started + seconds * 1000;
  for (let i = 0; ; i++) {
    const t0 = performance.now();
    if (t0 >= end) break;
    const result = engine.answer(BENCH_QUESTIONS[i % BENCH_QUESTIONS.length] ?? '');
    const t1 = performance.now();
    if (answered < latencies.length) latencies[answered] = t1 - t0;
    answered += 1;
    if (result.kind === 'found') found += 1;
  }
  const elapsedMs = performance.now() - started;
  const heapAfterMb = heapAfterGc();
  const result: ProcessResult = {
    // Read after the measurement so the engine is still reachable there: V8 may otherwise collect it early
    // and the "after" figure would lack the engine that "before" includes.
    passages: engine.passageCount,
    answered,
    found,
    elapsedMs,
    latenciesMs: Array.from(latencies.subarray(0, Math.min(answered, latencies.length))),
    heapBeforeMb,
    heapAfterMb,
  };
  process.stdout.write(`${JSON.stringify(result)}\n`);
}

interface RunningChild {
  readonly ready: Promise<void>;
  readonly result: Promise<ProcessResult>;
  go(): void;
}

function startChild(dir: string, cacheDir: string, seconds: number): RunningChild {
  const args = [
    ...process.execArgv,
    '--expose-gc',
    fileURLToPath(import.meta.url),
    '--load-child',
    ...[dir, cacheDir, String(seconds)],
  ];
  const proc = spawn(process.execPath, args, { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = createInterface({ input: proc.stdout });
  let markReady: () => void = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const result = new Promise<ProcessResult>((resolve, reject) => {
    lines.on('line', (line) => {
      if (line === 'ready') markReady();
      else if (line.startsWith('{')) resolve(JSON.parse(line) as ProcessResult);
    });
    proc.on('error', reject);
    proc.on('close', (code) => reject(new Error(`load bench process exited with code ${code}`)));
  });
  return { ready, result, go: () => proc.stdin.end('go\n') };
}

/** Runs the load bench and returns its result (the figures the command prints). */
export async function measureLoad(dir: string, seconds: number, processes: number): Promise<LoadBenchResult> {
  const cacheDir = await mkdtemp(join(tmpdir(), 'verbatim-load-'));
  try {
    // Build once here and persist the index, so the processes restore it instead of all building at once.
    const articles = (await loadEngine(dir, { cacheDir })).articles.length;
    const children = Array.from({ length: processes }, () => startChild(dir, cacheDir, seconds));
    await Promise.all(children.map((c) => c.ready));
    for (const c of children) c.go();
    const results = await Promise.all(children.map((c) => c.result));

    const latencies = results.flatMap((r) => r.latenciesMs);
    const answered = results.reduce((sum, r) => sum + r.answered, 0);
    const elapsedMs = Math.max(...results.map((r) => r.elapsedMs));
    const heap = results.map((r) => ({
      beforeMb: r.heapBeforeMb,
      afterMb: r.heapAfterMb,
      growthMb: r.heapAfterMb - r.heapBeforeMb,
    }));
    const questionsPerSecond = answered / (elapsedMs / 1000);
    return {
      corpus: dir,
      articles,
      processes,
      seconds,
      answered,
      questionsPerSecond,
      meetsTarget: questionsPerSecond >= TARGET_QUESTIONS_PER_SECOND,
      p50Ms: percentile(latencies, 50),
      p99Ms: percentile(latencies, 99),
      p999Ms: percentile(latencies, 99.9),
      maxMs: Math.max(...latencies),
      foundShare: results.reduce((sum, r) => sum + r.found, 0) / answered,
      heap,
      heapStable: heap.every((h) => h.growthMb <= HEAP_GROWTH_TOLERANCE_MB),
    };
  } finally {
    await rm(cacheDir, { recursive: true, force: true });
  }
}

export function formatLoad(r: LoadBenchResult): string {
  const f2 = (n: number) => n.toFixed(2);
  return [
    `Load: ${r.articles} articles (${r.corpus}), ${r.processes} process(es), ${r.seconds} s, closed loop over ${BENCH_QUESTIONS.length} questions`,
    `  throughput  ${Math.round(r.questionsPerSecond)} questions/s (${r.answered} answered; target ${TARGET_QUESTIONS_PER_SECOND}: ${r.meetsTarget ? 'met' : 'NOT met'})`,
    `  latency     p50 ${f2(r.p50Ms)} ms, p99 ${f2(r.p99Ms)} ms, p99.9 ${f2(r.p999Ms)} ms, max ${f2(r.maxMs)} ms`,
    `  found       ${Math.round(r.foundShare * 100)}% of answers quoted an article`,
    ...r.heap.map(
      (h, i) =>
        `  heap #${i + 1}     ${f2(h.beforeMb)} MB before, ${f2(h.afterMb)} MB after (${h.growthMb >= 0 ? '+' : ''}${f2(h.growthMb)} MB)`,
    ),
    `  memory      ${r.heapStable ? 'stable' : 'GREW'} (tolerance ${HEAP_GROWTH_TOLERANCE_MB} MB per process)`,
  ].join('\n');
}

/** `npm run bench -- --load ...` (bench.ts hands over the arguments after removing `--load`). */
export async function runLoadBench(argv: readonly string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        seconds: { type: 'string', default: String(DEFAULT_LOAD_SECONDS) },
        processes: { type: 'string', default: String(availableParallelism()) },
        bbc: { type: 'string', default: DEFAULT_BENCH_PATHS.bbc },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${LOAD_USAGE}`);
    return 2;
  }
  const seconds = Number(values.seconds);
  const processes = Number(values.processes);
  if (!(seconds > 0) || !Number.isInteger(processes) || processes < 1) {
    console.error(`--seconds must be positive and --processes a positive integer\n${LOAD_USAGE}`);
    return 2;
  }
  if (!existsSync(values.bbc)) {
    console.error(`The BBC corpus is not at ${values.bbc}; pass --bbc DIR.`);
    return 2;
  }
  const result = await measureLoad(values.bbc, seconds, processes);
  console.log(values.json ? JSON.stringify(result, null, 2) : formatLoad(result));
  return result.heapStable ? 0 : 1;
}

// A child process started by startChild.
const childAt = process.argv.indexOf('--load-child');
if (childAt !== -1 && process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, cacheDir, seconds] = process.argv.slice(childAt + 1);
  await child(dir ?? '', cacheDir ?? '', Number(seconds));
}
