import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from './fixtureCorpus.js';

const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');

/** What a user sees of one terminal command: its two streams and its exit code. */
export interface CommandRun {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number | null;
}

/**
 * Runs a CLI entry (`src/cli/ask.ts`, ...) as a child process from the repository root, as `npm run` would,
 * with `env` added to this process's environment and `input` (if any) on stdin. Never rejects: a non-zero exit
 * is part of what the tests check. `readerGone` closes the command's stdout before it prints anything, as
 * `| head -1` does once it has its line.
 */
export function runCliCommand(
  script: string,
  args: readonly string[],
  env: Readonly<Record<string, string>>,
  input?: string,
  { readerGone = false }: { readonly readerGone?: boolean } = {},
): Promise<CommandRun> {
  const child = spawn(TSX, [script, ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  if (readerGone) child.stdout.destroy();
  else child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(input ?? '');
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}
