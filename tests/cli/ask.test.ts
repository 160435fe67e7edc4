// `npm run ask` as a user runs it: a child process over the real seeds, with its own index cache folder.
import { execFile, spawn } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../support/fixtureCorpus.js';

const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
const ASK = path.join('src', 'cli', 'ask.ts');
let cacheDir: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir: cacheDir, cleanup } = await tempDir('verbatim-cli-'));
});
afterAll(async () => {
  await cleanup();
});

function childEnv(): NodeJS.ProcessEnv {
  return { ...process.env, CORPUS_DIR: 'seeds', INDEX_CACHE_DIR: cacheDir };
}

async function ask(args: string[]): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(TSX, [ASK, ...args], { cwd: REPO_ROOT, env: childEnv() });
}

async function askWithStdin(args: string[], input: string): Promise<{ stdout: string; code: number | null }> {
  const child = spawn(TSX, [ASK, ...args], {
    cwd: REPO_ROOT,
    env: childEnv(),
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  child.stdin.end(input);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  return { stdout, code };
}

/** Parses JSON Lines, checking each record has exactly the contract's keys and types. */
function records(
  stdout: string,
): { question: string; answered: boolean; excerpts: Record<string, unknown>[] }[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const record = JSON.parse(line) as {
        question: string;
        answered: boolean;
        excerpts: Record<string, unknown>[];
      };
      expect(Object.keys(record).sort()).toEqual(['answered', 'excerpts', 'question']);
      expect(typeof record.question).toBe('string');
      expect(typeof record.answered).toBe('boolean');
      expect(record.excerpts.length > 0).toBe(record.answered);
      for (const e of record.excerpts) {
        expect(Object.keys(e).sort()).toEqual([
          'author',
          'date',
          'end',
          'quote',
          'score',
          'sourceId',
          'start',
          'title',
        ]);
        expect(e).toMatchObject({
          sourceId: expect.any(String),
          title: expect.any(String),
          quote: expect.any(String),
          start: expect.any(Number),
          end: expect.any(Number),
          score: expect.any(Number),
        });
        expect(e.date === null || /^\d{4}-\d{2}-\d{2}$/.test(String(e.date))).toBe(true);
        expect(e.author === null || typeof e.author === 'string').toBe(true);
      }
      return record;
    });
}

describe('ask --json', () => {
  it('prints exactly one JSON Lines record per question argument and nothing else', async () => {
    const { stdout } = await ask([
      '--json',
      'What did Biden promise about Nord Stream 2?',
      'Who won the 2022 FIFA World Cup?',
    ]);
    const [first, second, ...rest] = records(stdout);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ question: 'What did Biden promise about Nord Stream 2?', answered: true });
    expect(first?.excerpts[0]).toMatchObject({ sourceId: '000_bf4b978a58fdcece', date: null, author: null });
    expect(second).toEqual({ question: 'Who won the 2022 FIFA World Cup?', answered: false, excerpts: [] });
  });

  it('reads questions from stdin, one a line, skipping blank lines', async () => {
    const { stdout, code } = await askWithStdin(
      ['--json'],
      'How many troops has Russia amassed near Ukraine?\n\nWhen will Macron hold talks in Kyiv?\n',
    );
    expect(code).toBe(0);
    const lines = records(stdout);
    expect(lines.map((r) => r.question)).toEqual([
      'How many troops has Russia amassed near Ukraine?',
      'When will Macron hold talks in Kyiv?',
    ]);
    expect(lines.every((r) => r.answered)).toBe(true);
  });
});

describe('ask (text)', () => {
  it('prints the quote with its source, or the no-answer message', async () => {
    const { stdout } = await ask(['Who won the 2022 FIFA World Cup?']);
    expect(stdout).toMatch(/^No article answers this/);
  });
});
