import type { Config, LogLevel } from '../config/loadConfig.js';
import { loadConfig } from '../config/loadConfig.js';
import { loadDotEnv } from '../config/loadDotEnv.js';
import type { Engine } from '../engine/Engine.js';
import { loadEngine } from '../engine/loadEngine.js';
import { isSummarised, summariseWarnings } from './warningSummary.js';
import type { CliWarning } from './warningSummary.js';

/** What a terminal command gets: the engine over CORPUS_DIR, the settings, and every warning loading gave. */
export interface CliEngine {
  readonly engine: Engine;
  readonly config: Config;
  /** All warnings, in the order they came (`sources` lists them; the others print a summary line). */
  readonly warnings: readonly CliWarning[];
}

export interface LoadCliEngineOptions {
  /**
   * Print the one summary line of the corpus's warnings to stderr after loading (default true). `sources`
   * turns it off because it lists each warning itself.
   */
  readonly summary?: boolean;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** Whether LOG_LEVEL `level` lets a message of level `at` through (`silent` lets nothing through). */
export function logs(level: LogLevel, at: Exclude<LogLevel, 'silent'>): boolean {
  return RANK[at] >= RANK[level];
}

/**
 * Settings and engine for the terminal commands: the environment `env` (the entry points pass `process.env`
 * after reading `.env` into it), validated once, and the corpus at CORPUS_DIR. Warnings go to stderr so
 * stdout stays machine-readable, and only when LOG_LEVEL is `warn` or lower: the corpus's warnings as one
 * summary line (see warningSummary.ts), the rare others (index cache) one by one as they come.
 */
export async function loadCliEngine(
  env: Readonly<Record<string, string | undefined>>,
  options: LoadCliEngineOptions = {},
): Promise<CliEngine> {
  const config = loadConfig(env);
  const show = logs(config.LOG_LEVEL, 'warn');
  const warnings: CliWarning[] = [];
  const engine = await loadEngine(config.CORPUS_DIR, {
    onWarning: (message, kind) => {
      warnings.push({ kind, message });
      if (show && !isSummarised(kind)) process.stderr.write(`warning: ${message}\n`);
    },
    cacheDir: config.INDEX_CACHE_DIR,
    minConfidence: config.MIN_CONFIDENCE,
  });
  const summary = summariseWarnings(warnings);
  if (show && summary !== null && (options.summary ?? true)) process.stderr.write(`warning: ${summary}\n`);
  return { engine, config, warnings };
}

/**
 * Runs a CLI main function: its number is the exit code; an error prints its message (no stack) and exits 1.
 * That message is printed at every LOG_LEVEL, `silent` included: it is the command's result, not a log line.
 */
export function runCli(main: () => Promise<number>): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    // The reader went away (`npm run --silent ask -- --json < questions.txt | head -1`): nothing more can be
    // shown, so stop quietly with success, as Unix tools do, rather than with a stack trace per question.
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
    },
  );
}

/** The process environment, after reading `.env` into it when the file exists (entry points only). */
export function loadEnvironment(): NodeJS.ProcessEnv {
  for (const warning of loadDotEnv()) process.stderr.write(`warning: ${warning}\n`);
  return process.env;
}
