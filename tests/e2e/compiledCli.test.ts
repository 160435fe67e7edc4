// The terminal commands as `npm run ask` and `npm run sources` start them: through scripts/run.cjs, from the
// compiled build (ask and sources as one CommonJS file each, see COMMONJS_ENTRY_POINTS in
// scripts/buildRecord.cjs). What they print must be what the TypeScript sources print.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCliCommand } from '../support/runCliCommand.js';
import type { CommandRun } from '../support/runCliCommand.js';
import { ROOT } from './runEntry.js';

let cwd: string;
beforeAll(async () => {
  cwd = await mkdtemp(join(tmpdir(), 'verbatim-compiled-'));
});
afterAll(async () => {
  await rm(cwd, { recursive: true, force: true });
});

const env = { CORPUS_DIR: join(ROOT, 'seeds'), LOG_LEVEL: 'error' };

/** Runs `node scripts/run.cjs <script> ...args` from the repository's root, `input` on stdin. */
function runCompiled(
  script: string,
  args: readonly string[],
  input = '',
  environment: Record<string, string> = env,
): Promise<CommandRun> {
  return run(process.execPath, [join(ROOT, 'scripts', 'run.cjs'), script, ...args], input, environment);
}

function run(
  command: string,
  args: readonly string[],
  input: string,
  environment: Record<string, string>,
): Promise<CommandRun> {
  const child = spawn(command, args, {
    cwd: ROOT,
    env: { PATH: process.env['PATH'] ?? '', HOME: cwd, ...environment },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  child.stdin.end(input);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code) => resolve({ stdout, stderr, code }));
  });
}

describe('the compiled terminal commands', () => {
  it('ask answers questions read from stdin exactly as the sources do, one JSON line each', async () => {
    const input = 'Who is the president of Russia?\nWhat did Macron say about Ukraine?\n\n';
    const compiled = await runCompiled('src/cli/ask.ts', ['--json'], input);
    const source = await runCliCommand('src/cli/ask.ts', ['--json'], env, input);
    expect(compiled.stderr).toBe('');
    expect(compiled.code).toBe(0);
    expect(compiled.stdout.trim().split('\n')).toHaveLength(2);
    expect(compiled.stdout).toBe(source.stdout);
  });

  it('ask rejects a bad option with its usage and exit code 2, as the sources do', async () => {
    const compiled = await runCompiled('src/cli/ask.ts', ['--bogus', 'question']);
    expect(compiled.code).toBe(2);
    expect(compiled.stderr).toMatch(/Unknown option '--bogus'[\s\S]*Usage: npm run ask/);
  });

  it('sources lists the same articles as the sources do', async () => {
    const compiled = await runCompiled('src/cli/sources.ts', []);
    const source = await runCliCommand('src/cli/sources.ts', [], env);
    expect(compiled.code).toBe(0);
    // A summary line, then one line per article.
    expect(compiled.stdout.split('\n').filter(Boolean)).toHaveLength(4);
    expect(compiled.stdout).toBe(source.stdout);
  });

  it('ask reads web pages and dates in words, whose packages the bundle loads at run time', async () => {
    // linkedom, Readability and chrono-node are left out of the bundle and required on first use.
    const corpus = join(cwd, 'mixed');
    await mkdir(corpus, { recursive: true });
    await writeFile(
      join(corpus, 'bridge.html'),
      '<html><head><title>Bridge opens</title></head><body><article><h1>Bridge opens</h1><p>The new bridge ' +
        'over the river opened on Monday after three years of work costing 80 million pounds, officials ' +
        'said.</p><p>About 12,000 cars are expected to cross it every day, the council said.</p></article></body></html>',
    );
    await writeFile(
      join(corpus, 'hall.txt'),
      'Town hall reopens\n\n14 May 2024\n\nThe town hall reopened on Monday after repairs costing 2 million pounds.\n',
    );
    const mixed = { ...env, CORPUS_DIR: corpus };
    const args = ['--json', 'How much did the bridge cost?', 'When did the town hall reopen?'];
    const launched = await runCompiled('src/cli/ask.ts', args, '', mixed);
    const source = await runCliCommand('src/cli/ask.ts', args, mixed);
    expect(launched.stderr).toBe('');
    expect(launched.stdout).toContain('80 million pounds');
    expect(launched.stdout).toContain('"date":"2024-05-14"');
    expect(launched.stdout).toBe(source.stdout);
  });
});
