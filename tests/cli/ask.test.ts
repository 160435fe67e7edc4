// `npm run ask` as a user runs it: a child process over the real seeds (or a small folder written here), with
// its own index cache folder. What is checked is what a user sees: stdout, stderr and the exit code.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { MAX_QUESTION_LENGTH } from '../../src/answer/AnswerResult.js';

import { SLOW_TEST_TIMEOUT_MS } from '../support/patience.js';
import { runCliCommand } from '../support/runCliCommand.js';
import { useTempDir } from '../support/useTempDir.js';

// These tests start Node processes: slow on a busy machine (see SLOW_TEST_TIMEOUT_MS).
vi.setConfig({ testTimeout: SLOW_TEST_TIMEOUT_MS, hookTimeout: SLOW_TEST_TIMEOUT_MS });

const ASK = path.join('src', 'cli', 'ask.ts');
const cache = useTempDir('verbatim-cli-', 'file');
/** A corpus with what the BBC folder has: copies of one article and a file that is not UTF-8. */
const noisy = useTempDir('verbatim-cli-corpus-', 'file');

beforeAll(async () => {
  const text =
    'Harbour reopens\n\nThe old harbour in Porthleven reopened on Monday after two years of repairs.\n';
  await writeFile(path.join(noisy.dir, 'harbour.txt'), text);
  await mkdir(path.join(noisy.dir, 'mirror'));
  for (const copy of ['a', 'b', 'c']) await writeFile(path.join(noisy.dir, 'mirror', `${copy}.txt`), text);
  // "café" in Latin-1: 0xE9 alone is not valid UTF-8.
  await writeFile(
    path.join(noisy.dir, 'cafe.txt'),
    Buffer.from('Cafe news\n\nThe caf\xe9 on the quay sold its last pasty on Friday.\n', 'latin1'),
  );
});

function ask(args: string[], env: Record<string, string> = {}, input?: string) {
  return runCliCommand(ASK, args, { CORPUS_DIR: 'seeds', INDEX_CACHE_DIR: cache.dir, ...env }, input);
}

type JsonRecord = {
  question: string;
  answered: boolean;
  excerpts: Record<string, unknown>[];
  error?: string;
};

/** Parses JSON Lines, checking each record has exactly the contract's keys and types. */
function records(stdout: string): JsonRecord[] {
  expect(stdout.endsWith('\n')).toBe(true);
  return stdout
    .slice(0, -1)
    .split('\n')
    .map((line) => {
      const record = JSON.parse(line) as JsonRecord;
      const keys = [
        'answered',
        'excerpts',
        'question',
        ...(record.error === undefined ? [] : ['error']),
      ].sort();
      expect(Object.keys(record).sort()).toEqual(keys);
      expect(typeof record.question).toBe('string');
      expect(typeof record.answered).toBe('boolean');
      expect(record.excerpts.length > 0).toBe(record.answered);
      for (const e of record.excerpts) {
        expect(Object.keys(e).sort()).toEqual([
          'alsoIn',
          'author',
          'date',
          'end',
          'quote',
          'score',
          'sourceId',
          'speaker',
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
        expect(e.date === null || /^\d{4}-\d{2}-\d{2}$/.test(e.date as string)).toBe(true);
        expect(e.author === null || typeof e.author === 'string').toBe(true);
        expect(e.speaker === null || typeof e.speaker === 'string').toBe(true);
      }
      return record;
    });
}

describe('ask --json', () => {
  it('prints exactly one JSON Lines record per question argument and nothing else', async () => {
    const { stdout, code } = await ask([
      '--json',
      'What did Biden promise about Nord Stream 2?',
      'Who won the 2022 FIFA World Cup?',
    ]);
    expect(code).toBe(0);
    const [first, second, ...rest] = records(stdout);
    expect(rest).toEqual([]);
    expect(first).toMatchObject({ question: 'What did Biden promise about Nord Stream 2?', answered: true });
    // "He said if Russia invades … "then there will be no longer a Nord Stream 2," Biden said.": the article
    // names the speaker, in full elsewhere ("U.S. President Joe Biden").
    expect(first?.excerpts[0]).toMatchObject({
      sourceId: '000_bf4b978a58fdcece',
      date: null,
      author: null,
      speaker: 'Joe Biden',
    });
    expect(second).toEqual({ question: 'Who won the 2022 FIFA World Cup?', answered: false, excerpts: [] });
  });

  it('reads questions from stdin, one a line, skipping blank lines', async () => {
    const { stdout, code } = await ask(
      ['--json'],
      {},
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

  it('gives a rejected question its own line with the reason, between answered ones, and still exits 0', async () => {
    const tooLong = 'why '.repeat(MAX_QUESTION_LENGTH);
    const { stdout, code } = await ask([
      '--json',
      'How many troops has Russia amassed near Ukraine?',
      '   ',
      tooLong,
    ]);
    expect(code).toBe(0);
    const [answered, empty, long, ...rest] = records(stdout);
    expect(rest).toEqual([]);
    expect(answered?.answered).toBe(true);
    expect(empty).toEqual({
      question: '   ',
      answered: false,
      excerpts: [],
      error: expect.stringMatching(/empty/),
    });
    expect(long).toMatchObject({
      question: tooLong,
      answered: false,
      excerpts: [],
      error: expect.any(String),
    });
  });
});

describe('ask into a closed pipe', () => {
  it('stops quietly with exit code 0 when the reader has gone (`| head -1`), with no error per question', async () => {
    const questions = 'How many troops has Russia amassed near Ukraine?\n'.repeat(50);
    const run = await runCliCommand(
      ASK,
      ['--json'],
      { CORPUS_DIR: 'seeds', INDEX_CACHE_DIR: cache.dir, LOG_LEVEL: 'error' },
      questions,
      { readerGone: true },
    );
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  });
});

describe('ask (text)', () => {
  it('prints the no-answer message and exits 0 when no article answers', async () => {
    const { stdout, code } = await ask(['Who won the 2022 FIFA World Cup?']);
    expect(stdout).toMatch(/^No article answers this/);
    expect(code).toBe(0);
  });

  it('exits 1 with the reason when a question is rejected (empty, too long)', async () => {
    const empty = await ask(['']);
    expect(empty.code).toBe(1);
    expect(empty.stdout).toMatch(/empty/);
    const long = await ask(['why '.repeat(MAX_QUESTION_LENGTH)]);
    expect(long.code).toBe(1);
  });
});

describe('ask command line', () => {
  it('prints its usage for -h and --help and exits 0 without loading anything', async () => {
    for (const flag of ['-h', '--help']) {
      const { stdout, stderr, code } = await ask([flag], { CORPUS_DIR: 'no-such-folder' });
      expect(code).toBe(0);
      expect(stdout).toMatch(/^Usage: npm run ask -- \[--json\]/);
      expect(stderr).toBe('');
    }
  });

  it('rejects an unknown option with the usage and exit code 2', async () => {
    const { stdout, stderr, code } = await ask(['--jsn', 'Who?']);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/Unknown option '--jsn'[^]*Usage: npm run ask/);
  });
});

describe('warnings', () => {
  it('folds the copies and the Latin-1 file into one summary line on stderr', async () => {
    const { stdout, stderr, code } = await ask(['When did the harbour reopen?'], { CORPUS_DIR: noisy.dir });
    expect(code).toBe(0);
    expect(stdout).toContain('reopened on Monday');
    expect(stderr).toBe(
      'warning: 3 files are copies of others and were indexed once; 1 file was read as Latin-1; `npm run sources` lists them\n',
    );
  });

  it.each(['error', 'silent'])('prints none with LOG_LEVEL=%s', async (level) => {
    const { stdout, stderr, code } = await ask(['When did the harbour reopen?'], {
      CORPUS_DIR: noisy.dir,
      LOG_LEVEL: level,
    });
    expect(code).toBe(0);
    expect(stdout).toContain('reopened on Monday');
    expect(stderr).toBe('');
  });
});
