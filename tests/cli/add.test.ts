// `npm run add`, then `npm run ask` and `npm run sources -- --text`, as a user runs them: child processes over a
// fresh corpus folder, fetching from the loopback news server.
import { execFile } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, tempDir } from '../support/fixtureCorpus.js';
import { startNewsServer, type NewsServer } from '../support/newsServer.js';

const TSX = path.join(REPO_ROOT, 'node_modules', '.bin', 'tsx');
let server: NewsServer;
let root: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('verbatim-cli-add-'));
  await mkdir(path.join(root, 'corpus'));
  server = await startNewsServer();
});
afterAll(async () => {
  await server.close();
  await cleanup();
});

interface Run {
  readonly stdout: string;
  readonly stderr: string;
  readonly code: number;
}

/** Runs a CLI script with only these settings (plus PATH), as a user with a fresh `.env` would. */
async function run(script: string, args: string[], env: Record<string, string> = {}): Promise<Run> {
  const childEnv = {
    PATH: process.env['PATH'] ?? '',
    CORPUS_DIR: path.join(root, 'corpus'),
    INDEX_CACHE_DIR: path.join(root, 'cache', 'index'),
    ...env,
  };
  try {
    const { stdout, stderr } = await promisify(execFile)(
      TSX,
      [path.join(REPO_ROOT, 'src', 'cli', script), ...args],
      {
        cwd: root,
        env: childEnv,
      },
    );
    return { stdout, stderr, code: 0 };
  } catch (error) {
    const failed = error as { stdout: string; stderr: string; code: number };
    return { stdout: failed.stdout, stderr: failed.stderr, code: failed.code };
  }
}

describe('npm run add', () => {
  it('refuses the loopback address by default and sends it no request', async () => {
    const before = server.requests.length;
    const result = await run('add.ts', [`${server.origin}/news/story.html`]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/127\.0\.0\.1 is not a public address; set ALLOW_PRIVATE_URLS=true/);
    expect(result.stdout).toBe('');
    expect(server.requests.length).toBe(before);
  });

  it('with ALLOW_PRIVATE_URLS=true adds the article; ask quotes it, and sources --text shows what the quote slices', async () => {
    const added = await run('add.ts', [`${server.origin}/news/story.html`], { ALLOW_PRIVATE_URLS: 'true' });
    expect(added.code).toBe(0);
    expect(added.stdout).toBe(
      'added\tharbour-town-votes-to-build-a-sea-wall\tHarbour town votes to build a sea wall (2024-03-01)\n',
    );

    const asked = await run('ask.ts', ['--json', 'How much will the sea wall cost?']);
    const record = JSON.parse(asked.stdout) as {
      excerpts: { sourceId: string; quote: string; start: number; end: number; author: string | null }[];
    };
    const best = record.excerpts[0];
    expect(best?.sourceId).toBe('harbour-town-votes-to-build-a-sea-wall');
    expect(best?.quote).toContain('£12.5 million');
    // The page's byline, as the excerpt's author.
    expect(best).toMatchObject({ author: 'Maria Lopes', date: '2024-03-01' });

    const text = (await run('sources.ts', ['--text', 'harbour-town-votes-to-build-a-sea-wall'])).stdout;
    for (const excerpt of record.excerpts) expect(text.slice(excerpt.start, excerpt.end)).toBe(excerpt.quote);
    expect(text).not.toContain('We use cookies');
  });

  it('reports each failing URL and exits 1', async () => {
    const result = await run('add.ts', [`${server.origin}/report.pdf`, 'ftp://example.com/a'], {
      ALLOW_PRIVATE_URLS: 'true',
    });
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      `error: ${server.origin}/report.pdf is application/pdf, not a web page (HTML)`,
      'error: ftp://example.com/a is not an http(s) URL: only web pages can be added',
    ]);
  });
});

describe('npm run sources -- --text', () => {
  it('names an unknown id and suggests close ones, exit code 2', async () => {
    const result = await run('sources.ts', ['--text', 'harbour-town']);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(
      /No article with id harbour-town\. Did you mean: harbour-town-votes-to-build-a-sea-wall\?/,
    );
  });
});
