import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { logs } from '../cli/loadCliEngine.js';
import { loadConfig } from '../config/loadConfig.js';
import { loadDotEnv } from '../config/loadDotEnv.js';
import { loadSqliteBaseline } from '../eval/squad/loadSqliteBaseline.js';
import { SqliteBaselineError } from '../eval/squad/SqliteBaselineError.js';
import { BENCH_CORPORA, DEFAULT_BENCH_PATHS } from './benchCorpora.js';
import type { BenchCorpusName, BenchPaths } from './benchCorpora.js';
import { formatBench, memoryGrowth } from './formatBench.js';
import { LOAD_USAGE, runLoadBench } from './loadBench.js';
import { measureCorpus } from './measureCorpus.js';
import { formatRebuildPause, measureRebuildPause } from './rebuildPause.js';
import type { CorpusBench } from './measureCorpus.js';

const USAGE = `Usage: npm run bench -- [--corpus NAME ...] [--json] [--out FILE] [--fts5] [--seeds DIR] [--squad FILE] [--bbc DIR]
  --corpus NAME  measure only these (${BENCH_CORPORA.join(', ')}); default all
  --fts5         install the SQLite baseline first if missing (compiles for minutes), for the FTS5 columns
  --json         print the results as JSON instead of the table
  --out FILE     also write the JSON to FILE
  --seeds, --squad, --bbc  data locations (defaults: ${Object.values(DEFAULT_BENCH_PATHS).join(', ')})
  -h, --help     this help
LOG_LEVEL=warn or above hides the progress lines on stderr.
${LOAD_USAGE.replace(/^Usage: /, '   or: ')}`;

const isCorpusName = (name: string): name is BenchCorpusName =>
  (BENCH_CORPORA as readonly string[]).includes(name);

/** Runs one corpus in a fresh Node process (with --expose-gc), so memory figures are its own. */
function measureInChild(name: BenchCorpusName, paths: BenchPaths): Promise<CorpusBench> {
  const args = [
    ...process.execArgv,
    '--expose-gc',
    fileURLToPath(import.meta.url),
    ...['--child', name, '--seeds', paths.seeds, '--squad', paths.squad, '--bbc', paths.bbc],
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let output = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`bench child for ${name} exited with code ${code}`));
      try {
        resolve(JSON.parse(output) as CorpusBench);
      } catch {
        reject(new Error(`bench child for ${name} printed no result`));
      }
    });
  });
}

/** Whether the data a corpus needs is present (the shared data folder may be absent on another machine). */
function dataPresent(name: BenchCorpusName, paths: BenchPaths): boolean {
  return existsSync(name === 'seeds' ? paths.seeds : name === 'squad' ? paths.squad : paths.bbc);
}

/** `npm run bench`: measures each corpus in its own process, prints a table (or JSON). Returns the exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  if (argv.includes('-h') || argv.includes('--help')) {
    console.log(USAGE);
    return 0;
  }
  if (argv.includes('--load')) return runLoadBench(argv.filter((arg) => arg !== '--load'));
  loadDotEnv();
  const level = loadConfig(process.env).LOG_LEVEL;
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        corpus: { type: 'string', multiple: true },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
        fts5: { type: 'boolean', default: false },
        seeds: { type: 'string', default: DEFAULT_BENCH_PATHS.seeds },
        squad: { type: 'string', default: DEFAULT_BENCH_PATHS.squad },
        bbc: { type: 'string', default: DEFAULT_BENCH_PATHS.bbc },
        child: { type: 'string' },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const paths: BenchPaths = { seeds: values.seeds, squad: values.squad, bbc: values.bbc };
  const names = values.corpus ?? [...BENCH_CORPORA];
  const unknown = names.filter((name) => !isCorpusName(name));
  if (unknown.length > 0) {
    console.error(`Unknown corpus "${unknown.join('", "')}"; expected one of ${BENCH_CORPORA.join(', ')}.`);
    return 2;
  }

  if (values.child !== undefined) {
    if (!isCorpusName(values.child)) return 2;
    const progress = logs(level, 'info') ? undefined : () => {};
    process.stdout.write(JSON.stringify(await measureCorpus(values.child, paths, progress)));
    return 0;
  }

  if (values.fts5) {
    try {
      // Installed here, once; each corpus' child process finds it (measureCorpus skips FTS5 without it).
      await loadSqliteBaseline((message) => console.error(message));
    } catch (error) {
      if (!(error instanceof SqliteBaselineError)) throw error;
      console.error(error.message);
      return 1;
    }
  }
  const results: CorpusBench[] = [];
  for (const name of names.filter(isCorpusName)) {
    if (!dataPresent(name, paths)) {
      if (logs(level, 'warn')) console.error(`Skipping ${name}: its data is not at the configured path.`);
      continue;
    }
    results.push(await measureInChild(name, paths));
  }
  // Measured in this process, after the corpora: a figure the tests no longer assert (it varies with load).
  const rebuildPause = await measureRebuildPause();
  const report = { node: process.version, results, memoryGrowth: memoryGrowth(results), rebuildPause };
  if (values.out !== undefined) await writeFile(values.out, `${JSON.stringify(report, null, 2)}\n`);
  console.log(
    values.json
      ? JSON.stringify(report, null, 2)
      : `${formatBench(results)}\n${formatRebuildPause(rebuildPause)}`,
  );
  return 0;
}

process.exitCode = await main(process.argv.slice(2));
