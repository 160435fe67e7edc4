import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root (tests/e2e/../..). */
export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface RunningEntry {
  readonly child: ChildProcess;
  /** Everything written to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code (or the signal's name) when the process ends. */
  readonly exited: Promise<number | string>;
}

/**
 * Runs an entry script (`src/bot.ts`, `src/deploy-commands.ts`) in its own Node process, as `npm start` would
 * (compiled, through scripts/run.cjs) but with `node` directly so signals reach it. It runs in an empty temporary folder, so a developer's `.env`
 * cannot leak into the test; `env` is its whole environment apart from PATH.
 */
export function runEntry(script: string, env: Record<string, string>): RunningEntry {
  const child = spawn(process.execPath, [join(ROOT, 'scripts', 'run.cjs'), join(ROOT, script)], {
    cwd: mkdtempSync(join(tmpdir(), 'verbatim-')),
    env: { PATH: process.env['PATH'] ?? '', ...env },
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | string>((resolveExit) =>
    child.on('exit', (code, signal) => resolveExit(code ?? signal ?? -1)),
  );
  return { child, output: () => output, exited };
}
