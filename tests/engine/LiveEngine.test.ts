import { execFile } from 'node:child_process';
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { EventEmitter } from 'node:events';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Engine } from '../../src/engine/Engine.js';
import { DEFAULT_DEBOUNCE_MS, DEFAULT_MAX_WAIT_MS, MAX_WATCH_ERRORS } from '../../src/engine/FolderWatch.js';
import type { FolderWatcher } from '../../src/engine/FolderWatch.js';
import { LiveEngine } from '../../src/engine/LiveEngine.js';
import type { LiveEngineOptions, RebuildOutcome } from '../../src/engine/LiveEngine.js';
import { tempDir } from '../support/fixtureCorpus.js';
import { PATIENCE_MS, SLOW_TEST_TIMEOUT_MS } from '../support/patience.js';

// Short timings so hot reload is tested in well under a second per case (production waits 500 ms).
const FAST = { debounceMs: 40, maxWaitMs: 1000, retryMs: 150 } as const;
/** How long a change may take to reach answers before the test calls it lost (not how fast it is). */
const WITHIN_MS = PATIENCE_MS;

const ZEBRA =
  'The Zebrafish Council\n\nThe zebrafish council approved a budget of 400 million dollars on Monday.\n';
const ZEBRA_QUESTION = 'How much did the zebrafish council approve?';
const HARBOUR =
  'Harbour bridge reopens\n\nThe harbour bridge reopened to traffic after eleven weeks of repairs by welders.\n';
const HARBOUR_QUESTION = 'When did the harbour bridge reopen?';

let dir: string;
let cleanup: () => Promise<void>;
let live: LiveEngine | undefined;
let outcomes: RebuildOutcome[];
let warnings: string[];

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('verbatim-live-'));
  outcomes = [];
  warnings = [];
  await writeFile(path.join(dir, 'harbour.txt'), HARBOUR);
});
afterEach(async () => {
  await live?.close();
  live = undefined;
  await cleanup();
});

async function start(options: LiveEngineOptions = {}): Promise<LiveEngine> {
  live = await LiveEngine.start(dir, {
    ...FAST,
    onRebuild: (outcome) => outcomes.push(outcome),
    onWarning: (message) => warnings.push(message),
    ...options,
  });
  return live;
}

/** Article ids the engine quotes for `question` (empty when it finds nothing). */
function quotedIds(engine: Engine, question: string): string[] {
  const result = engine.answer(question);
  return result.kind === 'found' ? result.excerpts.map((e) => e.sourceId) : [];
}

/** Polls until `check` holds; fails after `ms`. Returns how long it took. */
async function eventually(check: () => boolean, ms = WITHIN_MS): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > ms) throw new Error(`condition not met within ${ms} ms`);
    await delay(20);
  }
  return Date.now() - started;
}

/** The real setTimeout, kept for waiting on real I/O while a test fakes the timers. */
const realSetTimeout = globalThis.setTimeout;
const realDelay = (ms: number) => new Promise<void>((resolve) => realSetTimeout(resolve, ms));

/** Lets real I/O started by a fake timer (a rebuild reading the folder) run for a while. */
async function settle(): Promise<void> {
  await realDelay(200);
}

/** Waits on real time for `check`, which real I/O makes true; fails after WITHIN_MS. */
async function settleUntil(check: () => boolean): Promise<void> {
  for (let waited = 0; !check(); waited += 20) {
    if (waited > WITHIN_MS) throw new Error(`condition not met within ${WITHIN_MS} ms`);
    await realDelay(20);
  }
}

describe('LiveEngine: changes on disk reach answers without a restart', () => {
  test('an added article is quoted within a few seconds', async () => {
    const engine = await start();
    expect(quotedIds(engine.current, ZEBRA_QUESTION)).not.toContain('zebra');
    await writeFile(path.join(dir, 'zebra.txt'), ZEBRA);
    await eventually(() => quotedIds(engine.current, ZEBRA_QUESTION).includes('zebra'));
    expect(outcomes.at(-1)).toMatchObject({ kind: 'rebuilt', cause: 'change', diff: { added: ['zebra'] } });
  });

  test('a changed article is quoted in its new words, and the old words are gone', async () => {
    await writeFile(path.join(dir, 'zebra.txt'), ZEBRA);
    const engine = await start();
    await writeFile(path.join(dir, 'zebra.txt'), ZEBRA.replace('400 million', '7 billion'));
    await eventually(() => {
      const result = engine.current.answer(ZEBRA_QUESTION);
      return result.kind === 'found' && result.excerpts[0].quote.includes('7 billion');
    });
    expect(engine.current.getArticle('zebra')?.text).not.toContain('400 million');
    expect(outcomes.at(-1)).toMatchObject({ kind: 'rebuilt', diff: { updated: ['zebra'] } });
  });

  test('a renamed article is quoted under its new id', async () => {
    await writeFile(path.join(dir, 'zebra.txt'), ZEBRA);
    const engine = await start();
    await mkdir(path.join(dir, 'science'));
    await rename(path.join(dir, 'zebra.txt'), path.join(dir, 'science', 'zebrafish.txt'));
    await eventually(() => quotedIds(engine.current, ZEBRA_QUESTION).includes('science/zebrafish'));
    expect(engine.current.getArticle('zebra')).toBeUndefined();
  });

  test('a deleted article is no longer quoted', async () => {
    await writeFile(path.join(dir, 'zebra.txt'), ZEBRA);
    const engine = await start();
    expect(quotedIds(engine.current, ZEBRA_QUESTION)).toContain('zebra');
    await rm(path.join(dir, 'zebra.txt'));
    await eventually(() => engine.current.getArticle('zebra') === undefined);
    expect(quotedIds(engine.current, ZEBRA_QUESTION)).not.toContain('zebra');
    expect(outcomes.at(-1)).toMatchObject({ kind: 'rebuilt', diff: { removed: ['zebra'] } });
  });

  test(
    '500 files copied in trigger one or two rebuilds, not 500',
    { timeout: SLOW_TEST_TIMEOUT_MS },
    async () => {
      const staging = await tempDir('verbatim-staging-');
      try {
        for (let i = 0; i < 500; i++) {
          await writeFile(
            path.join(staging.dir, `${String(i).padStart(3, '0')}.txt`),
            `Report number ${i}\n\nCouncil meeting ${i} discussed the ${i}th road repair on Tuesday.\n`,
          );
        }
        // Production settings: 500 ms of quiet keeps a copy in one rebuild (two if one starts mid-copy).
        const engine = await start({ debounceMs: DEFAULT_DEBOUNCE_MS, maxWaitMs: DEFAULT_MAX_WAIT_MS });
        // The debounce runs on fake time, so a busy machine cannot stretch the copy past it; the copy, the
        // folder events and the rebuild are real.
        vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
        try {
          // Copied as a user would, with cp(1), not file by file from this process.
          await promisify(execFile)('cp', ['-r', staging.dir, path.join(dir, 'batch')]);
          await settle(); // the folder events arrive
          expect(outcomes.filter((o) => o.cause === 'change')).toEqual([]);
          await vi.advanceTimersByTimeAsync(DEFAULT_DEBOUNCE_MS);
          await settleUntil(() => engine.current.articles.length === 501);
          await vi.advanceTimersByTimeAsync(DEFAULT_MAX_WAIT_MS); // any rebuild still to come starts now
          await settle();
        } finally {
          vi.useRealTimers();
        }
        const rebuilds = outcomes.filter((o) => o.cause === 'change');
        expect(rebuilds.length).toBeGreaterThanOrEqual(1);
        expect(rebuilds.length).toBeLessThanOrEqual(2);
      } finally {
        await staging.cleanup();
      }
    },
  );

  test('when the folder vanishes, the last good engine keeps answering and the failure says why', async () => {
    await writeFile(path.join(dir, 'zebra.txt'), ZEBRA);
    const engine = await start();
    const before = engine.current;
    await rm(dir, { recursive: true, force: true });
    await eventually(() => outcomes.some((o) => o.kind === 'failed'));
    const failure = outcomes.find((o) => o.kind === 'failed');
    expect(failure?.kind === 'failed' && failure.reason).toContain(dir);
    // A missing folder's message is written for people: /reload and /status may show it.
    expect(failure?.kind === 'failed' && failure.userReason).toContain(dir);
    expect(engine.current).toBe(before);
    expect(quotedIds(engine.current, ZEBRA_QUESTION)).toContain('zebra');
    expect(engine.status).toMatchObject({
      watching: false,
      failing: { reason: expect.stringContaining(dir) },
    });

    // When the folder comes back, the retry picks it up and watching resumes on the new folder.
    await mkdir(dir);
    await writeFile(path.join(dir, 'harbour.txt'), HARBOUR);
    await eventually(() => engine.current.getArticle('zebra') === undefined);
    expect(engine.status.failing).toBeUndefined();
    expect(quotedIds(engine.current, HARBOUR_QUESTION)).toEqual(['harbour']);
    await writeFile(path.join(dir, 'zebra.txt'), ZEBRA);
    await eventually(() => quotedIds(engine.current, ZEBRA_QUESTION).includes('zebra'));
  });

  test('questions asked while files change are always answered, from a whole engine', async () => {
    const engine = await start({ debounceMs: 5 });
    const writing = (async () => {
      for (let i = 0; i < 30; i++) {
        await writeFile(
          path.join(dir, `extra-${i}.txt`),
          `Extra ${i}\n\nA note about parking fees, number ${i}.\n`,
        );
        await delay(10);
      }
    })();
    let asked = 0;
    while (outcomes.length < 2 || asked < 50) {
      // The harbour article is in every version of the corpus, so every engine must quote it.
      expect(quotedIds(engine.current, HARBOUR_QUESTION)).toEqual(['harbour']);
      asked += 1;
      await delay(2);
    }
    await writing;
    await eventually(() => engine.current.articles.length === 31);
  });
});

describe('LiveEngine.reload', () => {
  test('reports what changed: added, updated, removed, and skipped files with reasons', async () => {
    await writeFile(path.join(dir, 'zebra.txt'), ZEBRA);
    await writeFile(path.join(dir, 'gone.txt'), 'Gone\n\nThis article will be removed soon.\n');
    const engine = await start({ watch: false });
    await writeFile(path.join(dir, 'zebra.txt'), ZEBRA.replace('Monday', 'Friday'));
    await rm(path.join(dir, 'gone.txt'));
    await writeFile(path.join(dir, 'new.md'), 'New\n\nA new article about the library.\n');
    await writeFile(path.join(dir, 'blank.txt'), '   \n\n');
    const outcome = await engine.reload();
    expect(outcome).toMatchObject({
      kind: 'rebuilt',
      cause: 'reload',
      diff: {
        added: ['new'],
        updated: ['zebra'],
        removed: ['gone'],
        skipped: [{ path: 'blank.txt', reason: 'only white space' }],
      },
      articles: 3,
    });
    expect(engine.status).toMatchObject({
      articles: 3,
      skipped: 1,
      rebuilds: 1,
      failures: 0,
      watching: false,
    });
    // A new skipped file is warned about once, naming it; a rebuild that finds it again stays quiet.
    expect(warnings.filter((w) => w.includes('blank.txt'))).toHaveLength(1);
    await engine.reload();
    expect(warnings.filter((w) => w.includes('blank.txt'))).toHaveLength(1);
  });

  test('reloads asked for during a rebuild run after it; none overlap and none fail', async () => {
    const engine = await start({ watch: false });
    await writeFile(path.join(dir, 'zebra.txt'), ZEBRA);
    const results = await Promise.all([engine.reload(), engine.reload(), engine.reload()]);
    expect(results.every((r) => r.kind === 'rebuilt')).toBe(true);
    // Calls made before a rebuild starts share it; at most one more is queued behind a running one.
    expect(engine.status.rebuilds).toBeGreaterThanOrEqual(1);
    expect(engine.status.rebuilds).toBeLessThanOrEqual(2);
    expect(quotedIds(engine.current, ZEBRA_QUESTION)).toContain('zebra');
  });

  test('a callback that throws does not stop later reloads, hot reload, or close()', async () => {
    let throwing = true;
    const engine = await start({
      onRebuild: (outcome) => {
        outcomes.push(outcome);
        if (throwing) throw new Error('logger broke');
      },
    });
    await writeFile(path.join(dir, 'zebra.txt'), ZEBRA);
    expect(await engine.reload()).toMatchObject({ kind: 'rebuilt' });
    expect(warnings.some((w) => w.includes('logger broke'))).toBe(true);
    throwing = false;
    expect(await engine.reload()).toMatchObject({ kind: 'rebuilt' });
    // Hot reload still works after the callback threw.
    await writeFile(path.join(dir, 'zebra.txt'), ZEBRA.replace('400 million', '7 billion'));
    await eventually(() => engine.current.getArticle('zebra')?.text.includes('7 billion') === true);
    await expect(engine.close()).resolves.toBeUndefined();
  });

  test('close() drops a rebuild queued behind the one under way', async () => {
    const engine = await start({ watch: false });
    await writeFile(path.join(dir, 'zebra.txt'), ZEBRA);
    const first = engine.reload();
    await Promise.resolve(); // the first rebuild has started, so the next call queues another
    const queued = engine.reload();
    await engine.close();
    expect(await first).toMatchObject({ kind: 'rebuilt' });
    expect(await queued).toMatchObject({ kind: 'failed', reason: expect.stringContaining('closed') });
    expect(engine.status.rebuilds).toBe(1);
    expect(outcomes).toHaveLength(1);
  });

  test('the first build fails for a missing folder: there is no last good engine to keep', async () => {
    await expect(LiveEngine.start(path.join(dir, 'missing'))).rejects.toThrow(/Cannot read corpus folder/);
  });
});

describe('LiveEngine: while the folder is missing', () => {
  test('retries start no worker thread, and only the first failure of a series is marked new', async () => {
    const cache = await tempDir('verbatim-live-cache-');
    let workers = 0;
    const onWorker = () => (workers += 1);
    subscribe('worker_threads', onWorker);
    try {
      await start({ cacheDir: cache.dir });
      await rm(dir, { recursive: true, force: true });
      await eventually(() => outcomes.filter((o) => o.kind === 'failed').length >= 3);
      // Each worker costs about half a second of CPU only to find the folder gone: none may start.
      expect(workers).toBe(0);
      const repeated = outcomes.flatMap((o) => (o.kind === 'failed' ? [o.repeated] : []));
      expect(repeated.slice(0, 3)).toEqual([false, true, true]);
    } finally {
      unsubscribe('worker_threads', onWorker);
      await live?.close();
      await cache.cleanup();
    }
  });
});

describe('LiveEngine: watcher errors', () => {
  test('back off, then stop watching after a few in a row, saying so once', async () => {
    const watchers: (EventEmitter & FolderWatcher)[] = [];
    const engine = await start({
      debounceMs: 20,
      watchFolder: () => {
        const watcher = Object.assign(new EventEmitter(), { close: () => undefined });
        watchers.push(watcher);
        return watcher;
      },
    });
    await eventually(() => watchers.length === 1);
    // The backoff timers run on fake time; the rebuild they start reads the folder for real.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      for (let i = 0; i < MAX_WATCH_ERRORS - 1; i++) {
        watchers[i]?.emit('error', new Error('ENOSPC: System limit for number of file watchers reached'));
        // The wait before watching again doubles: 40, 80, 160 ms after a 20 ms debounce.
        const backoffMs = 20 * 2 ** (i + 1);
        await vi.advanceTimersByTimeAsync(backoffMs - 1);
        await settle();
        expect(watchers).toHaveLength(i + 1);
        await vi.advanceTimersByTimeAsync(1);
        await settleUntil(() => watchers.length === i + 2);
      }
      // The error recurs at once every time (too few inotify watches): without a limit this is a rebuild loop.
      watchers.at(-1)?.emit('error', new Error('ENOSPC: System limit for number of file watchers reached'));
      await vi.advanceTimersByTimeAsync(60_000);
      await settle();
    } finally {
      vi.useRealTimers();
    }
    expect(watchers).toHaveLength(MAX_WATCH_ERRORS);
    expect(engine.status.watching).toBe(false);
    expect(warnings.filter((w) => w.startsWith('Stopped watching'))).toHaveLength(1);
    // /reload still works.
    await writeFile(path.join(dir, 'zebra.txt'), ZEBRA);
    expect(await engine.reload()).toMatchObject({ kind: 'rebuilt', diff: { added: ['zebra'] } });
    expect(watchers).toHaveLength(MAX_WATCH_ERRORS);
  });
});

describe('LiveEngine: building in a worker thread', () => {
  // How much shorter the event-loop pause is in the worker is a figure, not a contract: `npm run bench` prints it.
  test('a changed corpus is re-indexed in a worker thread when a cache folder is set, and on the main thread when asked', async () => {
    const cache = await tempDir('verbatim-live-cache-');
    let workers = 0;
    const onWorker = () => (workers += 1);
    subscribe('worker_threads', onWorker);
    try {
      const inWorker = await start({ watch: false, cacheDir: cache.dir });
      const onMain = await LiveEngine.start(dir, { watch: false, cacheDir: cache.dir, buildInWorker: false });
      const startedAtStart = workers;

      await writeFile(path.join(dir, 'zebra.txt'), ZEBRA);
      expect(await inWorker.reload()).toMatchObject({ kind: 'rebuilt', diff: { added: ['zebra'] } });
      expect(workers - startedAtStart).toBe(1);
      expect(quotedIds(inWorker.current, ZEBRA_QUESTION)).toContain('zebra');

      await writeFile(path.join(dir, 'zebra.txt'), ZEBRA.replace('Monday', 'Friday'));
      expect(await onMain.reload()).toMatchObject({ kind: 'rebuilt', diff: { added: ['zebra'] } });
      expect(workers - startedAtStart).toBe(1);
      expect(quotedIds(onMain.current, ZEBRA_QUESTION)).toContain('zebra');
      await onMain.close();
      expect(warnings.filter((w) => w.includes('worker'))).toEqual([]);
    } finally {
      unsubscribe('worker_threads', onWorker);
      await cache.cleanup();
    }
  });
});
