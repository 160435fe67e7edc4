// `npm run sources` as a user runs it: a child process over a small folder written here.
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

import { runCliCommand } from '../support/runCliCommand.js';
import { useTempDir } from '../support/useTempDir.js';

const SOURCES = path.join('src', 'cli', 'sources.ts');
const corpus = useTempDir('verbatim-sources-', 'file');
const cache = useTempDir('verbatim-sources-cache-', 'file');

beforeAll(async () => {
  const text = 'Harbour reopens\n\nThe old harbour reopened on Monday after two years of repairs.\n';
  await writeFile(path.join(corpus.dir, 'harbour.txt'), text);
  await writeFile(path.join(corpus.dir, 'harbour-copy.txt'), text);
  await writeFile(path.join(corpus.dir, 'empty.txt'), '');
  await writeFile(
    path.join(corpus.dir, 'cafe.txt'),
    Buffer.from('Cafe news\n\nThe caf\xe9 on the quay sold its last pasty on Friday.\n', 'latin1'),
  );
});

function sources(args: string[]) {
  return runCliCommand(SOURCES, args, { CORPUS_DIR: corpus.dir, INDEX_CACHE_DIR: cache.dir });
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
