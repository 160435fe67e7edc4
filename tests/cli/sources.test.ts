// `npm run sources` as a user runs it: a child process over a small folder written here.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDir } from '../support/fixtureCorpus.js';
import { runCliCommand } from '../support/runCliCommand.js';

const SOURCES = path.join('src', 'cli', 'sources.ts');
let corpusDir: string;
let cacheDir: string;
const cleanups: (() => Promise<void>)[] = [];

beforeAll(async () => {
  const corpus = await tempDir('verbatim-sources-');
  const cache = await tempDir('verbatim-sources-cache-');
  cleanups.push(corpus.cleanup, cache.cleanup);
  corpusDir = corpus.dir;
  cacheDir = cache.dir;
  const text = 'Harbour reopens\n\nThe old harbour reopened on Monday after two years of repairs.\n';
  await writeFile(path.join(corpusDir, 'harbour.txt'), text);
  await writeFile(path.join(corpusDir, 'harbour-copy.txt'), text);
  await writeFile(path.join(corpusDir, 'empty.txt'), '');
  await writeFile(
    path.join(corpusDir, 'cafe.txt'),
    Buffer.from('Cafe news\n\nThe caf\xe9 on the quay sold its last pasty on Friday.\n', 'latin1'),
  );
});
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

function sources(args: string[]) {
  return runCliCommand(SOURCES, args, { CORPUS_DIR: corpusDir, INDEX_CACHE_DIR: cacheDir });
}

describe('npm run sources', () => {
  it('lists every warning itself (copy, skipped file, Latin-1) and prints no summary line', async () => {
    const { stdout, stderr, code } = await sources([]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/same text as: harbour(-copy)?\n/);
    expect(stdout).toMatch(/Skipped 1 file:\nempty\.txt\t/);
    expect(stdout).toContain('Warnings (1):\nRead cafe.txt as Latin-1: it is not valid UTF-8');
  });

  it('rejects an unknown option with the usage and exit code 2, and prints the usage for --help', async () => {
    const bad = await sources(['--stats']);
    expect(bad.code).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(
      /Unknown option '--stats'[^]*Usage: npm run sources -- \[--status \| --text <id>\]/,
    );
    const help = await sources(['-h']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run sources -- \[--status \| --text <id>\]/);
  });
});
