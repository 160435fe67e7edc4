import { loadConfig, type Config } from '../config/loadConfig.js';
import { loadDotEnv } from '../config/loadDotEnv.js';
import type { EngineWithIndex } from '../engine/createEngine.js';
import { loadEngine } from '../engine/loadEngine.js';

/**
 * Settings and engine for the terminal commands: the environment `env` (the entry points pass `process.env`
 * after reading `.env` into it), validated once (or `config`, when the caller has read it), and the corpus at CORPUS_DIR. Warnings (skipped files,
 * duplicates) go to stderr so stdout stays machine-readable.
 */
export async function loadCliEngine(
  env: Readonly<Record<string, string | undefined>>,
  config: Config = loadConfig(env),
): Promise<EngineWithIndex> {
  return loadEngine(config.CORPUS_DIR, {
    onWarning: (message) => process.stderr.write(`warning: ${message}\n`),
    cacheDir: config.INDEX_CACHE_DIR,
    minConfidence: config.MIN_CONFIDENCE,
  });
}

/** Runs a CLI main function: its number is the exit code; an error prints its message (no stack) and exits 1. */
export function runCli(main: () => Promise<number>): void {
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
