import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, runEntry } from '../e2e/runEntry.js';
import type { RunningEntry } from '../e2e/runEntry.js';

/** Extra articles beside the seeds, so `/sources` (10 a page) has two pages to click through. */
const FILLER_ARTICLES = 9;

/** A corpus folder: the three seed articles and a few short made-up ones. */
export function makeCorpus(): string {
  const dir = mkdtempSync(join(tmpdir(), 'verbatim-playground-corpus-'));
  for (const name of readdirSync(join(ROOT, 'seeds')))
    copyFileSync(join(ROOT, 'seeds', name), join(dir, name));
  mkdirSync(join(dir, 'local'));
  for (let i = 1; i <= FILLER_ARTICLES; i++) {
    writeFileSync(
      join(dir, 'local', `fair-${i}.txt`),
      `Village fair number ${i}\n\nThe village of Millbrook held fair number ${i} on a Saturday. ` +
        `Stalls sold ${i * 12} jars of honey and the brass band played until dusk.\n`,
    );
  }
  return dir;
}

/** `npm run playground` in its own process, and the address it printed. */
export interface RunningPlayground extends RunningEntry {
  readonly url: string;
}

/** Starts src/playground.ts (as `npm run playground` does) over `corpusDir`; resolves once it printed its address. */
export async function startPlayground(
  corpusDir: string,
  env: Record<string, string> = {},
): Promise<RunningPlayground> {
  const entry = runEntry('src/playground.ts', {
    CORPUS_DIR: corpusDir,
    INDEX_CACHE_DIR: mkdtempSync(join(tmpdir(), 'verbatim-playground-cache-')),
    ASK_COOLDOWN_SECONDS: '0',
    ...env,
  });
  const url = await new Promise<string>((resolve, reject) => {
    const poll = setInterval(() => {
      const match = /open (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(entry.output());
      if (match?.[1]) {
        clearInterval(poll);
        resolve(match[1]);
      }
    }, 100);
    void entry.exited.then((code) => {
      clearInterval(poll);
      reject(new Error(`playground exited (${code}) before printing its address:\n${entry.output()}`));
    });
  });
  return { ...entry, url };
}
