import { loadConfig } from '../config/loadConfig.js';
import { loadDotEnv } from '../config/loadDotEnv.js';
import type { EngineWithIndex } from '../engine/createEngine.js';
import { loadEngine } from '../engine/loadEngine.js';

/**
 * Settings and engine for the terminal commands: `.env` when present, the environment validated once, the
 * corpus at CORPUS_DIR. Warnings (skipped files, duplicates) go to stderr so stdout stays machine-readable.
 */
export async function loadCliEngine(): Promise<EngineWithIndex> {
  loadDotEnv();
  const config = loadConfig(process.env);
  return loadEngine(config.CORPUS_DIR, {
    onWarning: (message) => process.stderr.write(`warning: ${message}\n`),
    cacheDir: config.INDEX_CACHE_DIR,
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
