import { watch } from 'node:fs';
import { stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import type { CorpusDiff } from './diffCorpora.js';
import { diffCorpora } from './diffCorpora.js';
import type { Engine } from './Engine.js';
import { loadEngine } from './loadEngine.js';
import { warmIndexCache } from './warmIndexCache.js';

/**
 * Quiet time after the last change before a rebuild starts, in milliseconds. Copying a folder or saving from an
 * editor (write a temporary file, rename it) produces a burst of events a few milliseconds apart; 500 ms covers
 * a local copy of hundreds of files in one rebuild and still shows a saved change within about a second.
 */
export const DEFAULT_DEBOUNCE_MS = 500;
/** A stream of changes that never pauses (a slow sync) still gets a rebuild this often, in milliseconds. */
export const DEFAULT_MAX_WAIT_MS = 5000;
/** After a failed rebuild (the folder vanished), try again this often until one succeeds, in milliseconds. */
export const DEFAULT_RETRY_MS = 5000;
/**
 * After a watcher error the folder is re-watched after the debounce time, doubled per consecutive error up to
 * this many milliseconds: an error that recurs at once (too few inotify watches for a large corpus) must not
 * become a rebuild every half second.
 */
export const MAX_WATCH_BACKOFF_MS = 60_000;
/** After this many consecutive watcher errors the folder is no longer watched; `/reload` still rebuilds. */
export const MAX_WATCH_ERRORS = 4;
/** A watcher error this long (ms) after the watch started is a new problem, not one more of a series. */
const WATCH_STABLE_MS = 10 * 60_000;

/** What `LiveEngine` needs of a folder watcher (`fs.FSWatcher` has it). */
export interface FolderWatcher {
  close(): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** Watches `dir` recursively, calling `onChange` for every change under it. */
export type WatchFolder = (dir: string, onChange: () => void) => FolderWatcher;

const watchRecursively: WatchFolder = (dir, onChange) => watch(dir, { recursive: true }, onChange);

export interface LiveEngineOptions {
  /** Folder for persisted indexes (INDEX_CACHE_DIR); see `loadEngine`. Omit to build in memory. */
  readonly cacheDir?: string | undefined;
  /** Decline below this confidence; see `loadEngine`. */
  readonly minConfidence?: number | undefined;
  /** Watch the folder for changes (default true); without it only `reload()` rebuilds. */
  readonly watch?: boolean;
  /** Default DEFAULT_DEBOUNCE_MS. Tests use a few tens of milliseconds. */
  readonly debounceMs?: number;
  /** Default DEFAULT_MAX_WAIT_MS. */
  readonly maxWaitMs?: number;
  /** Default DEFAULT_RETRY_MS. */
  readonly retryMs?: number;
  /**
   * Corpus warnings (skipped files, Latin-1, duplicates) and watcher problems. After the first build only
   * warnings that the previous build did not give are passed on, so a rebuild does not repeat old news.
   */
  readonly onWarning?: (message: string) => void;
  /**
   * Build a changed corpus's index in a worker thread (see warmIndexCache.ts) so the event loop stays free;
   * default true, and only possible with `cacheDir`. Without it the build runs on the main thread.
   */
  readonly buildInWorker?: boolean;
  /** Called after every rebuild attempt, successful or not. An exception it throws is passed to `onWarning`. */
  readonly onRebuild?: (outcome: RebuildOutcome) => void;
  /** How the folder is watched; default `fs.watch` with `recursive: true`. Tests pass a stand-in. */
  readonly watchFolder?: WatchFolder;
}

/** Why a rebuild ran. */
export type RebuildCause = 'change' | 'reload' | 'retry';

/** The result of one rebuild: the new engine is answering, or the old one still is, and why. */
export type RebuildOutcome =
  | {
      readonly kind: 'rebuilt';
      readonly cause: RebuildCause;
      readonly diff: CorpusDiff;
      readonly articles: number;
      readonly passages: number;
      /** Time to load the corpus and build (or restore) the index, in milliseconds. */
      readonly buildMs: number;
    }
  | {
      readonly kind: 'failed';
      readonly cause: RebuildCause;
      /** What went wrong (the error's message), for the log; the last good engine keeps answering. */
      readonly reason: string;
      /**
       * What was thrown. A `CorpusDirError` (the folder is missing or unreadable) has a message written for
       * people; anything else is a bug or an environment problem whose message and stack belong in the log only.
       */
      readonly error: unknown;
      /** True when the previous attempt failed with the same reason: callers log only the first of a series. */
      readonly repeated: boolean;
    };

/** What `/status` and the CLI show about the engine answering now. */
export interface LiveEngineStatus {
  readonly dir: string;
  readonly articles: number;
  readonly passages: number;
  readonly skipped: number;
  /** When the answering engine finished building (epoch ms). */
  readonly builtAt: number;
  /** How long that build took, in milliseconds. */
  readonly buildMs: number;
  /** Rebuilds that succeeded after the first build. */
  readonly rebuilds: number;
  /** Rebuilds that failed (the last good engine kept answering). */
  readonly failures: number;
  /** The most recent failure, when the latest rebuild attempt failed; undefined once one succeeds again. */
  readonly failing: { readonly at: number; readonly reason: string; readonly error: unknown } | undefined;
  /** Whether changes to the folder are being watched right now. */
  readonly watching: boolean;
}

/**
 * Owns the engine over a corpus folder and keeps it current: it watches the folder (recursively), waits for a
 * burst of changes to settle, rebuilds in the background with `loadEngine` (the index built in a worker thread
 * when there is an index cache) and swaps the new engine in with one assignment. Readers take `current` per question, so a question asked during a rebuild is answered by the old
 * engine, never by a half-built one. A rebuild that fails keeps the last good engine, reports why and is retried.
 * Rebuilds never overlap: changes arriving during one queue at most one more.
 */
export class LiveEngine {
  private engine: Engine;
  private builtAt: number;
  private buildMs: number;
  private rebuilds = 0;
  private failures = 0;
  private failing: { at: number; reason: string; error: unknown } | undefined;
  private previousWarnings: ReadonlySet<string>;
  private watcher: FolderWatcher | undefined;
  private watchedIno: number | undefined;
  private watchErrors = 0;
  private watchedSince = 0;
  private watchGivenUp = false;
  private debounce: NodeJS.Timeout | undefined;
  private retry: NodeJS.Timeout | undefined;
  private firstPendingAt: number | undefined;
  private chain: Promise<unknown> = Promise.resolve();
  private queued: Promise<RebuildOutcome> | undefined;
  private closed = false;
  private warnedAboutWorker = false;

  private constructor(
    readonly dir: string,
    private readonly options: LiveEngineOptions,
    first: { engine: Engine; buildMs: number; warnings: readonly string[] },
  ) {
    this.engine = first.engine;
    this.buildMs = first.buildMs;
    this.builtAt = Date.now();
    this.previousWarnings = new Set(first.warnings);
  }

  /**
   * Builds the first engine and starts watching. Rejects (with `CorpusDirError`) when the folder cannot be read:
   * there is no last good engine to fall back on yet.
   */
  static async start(dir: string, options: LiveEngineOptions = {}): Promise<LiveEngine> {
    const warnings: string[] = [];
    const started = performance.now();
    const engine = await loadEngine(dir, {
      onWarning: (message) => {
        warnings.push(message);
        options.onWarning?.(message);
      },
      cacheDir: options.cacheDir,
      minConfidence: options.minConfidence,
    });
    const live = new LiveEngine(dir, options, {
      engine,
      buildMs: performance.now() - started,
      warnings,
    });
    if (options.watch !== false) await live.arm();
    return live;
  }

  /** The engine answering now. Read it once per question; it changes when a rebuild finishes. */
  get current(): Engine {
    return this.engine;
  }

  get status(): LiveEngineStatus {
    return {
      dir: this.dir,
      articles: this.engine.articles.length,
      passages: this.engine.passageCount,
      skipped: this.engine.corpus.skipped.length,
      builtAt: this.builtAt,
      buildMs: this.buildMs,
      rebuilds: this.rebuilds,
      failures: this.failures,
      failing: this.failing,
      watching: this.watcher !== undefined,
    };
  }

  /**
   * Rebuilds now (`/reload`). When a rebuild is already under way this one runs after it, so it sees every
   * change made before the call. Never rejects.
   */
  reload(): Promise<RebuildOutcome> {
    return this.schedule('reload');
  }

  /**
   * Stops watching and retrying, and waits for a rebuild under way; a rebuild queued behind it does not run.
   * The last engine keeps answering.
   */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.debounce);
    clearTimeout(this.retry);
    this.watcher?.close();
    this.watcher = undefined;
    await this.chain;
  }

  /**
   * Queues a rebuild after the one under way; a rebuild already queued and not started serves this call too.
   * The chain never rejects: a rebuild that throws (a bug) becomes a failed outcome, so later rebuilds and
   * `close()` still run.
   */
  private schedule(cause: RebuildCause): Promise<RebuildOutcome> {
    if (this.queued) return this.queued;
    const next = this.chain.then(async () => {
      this.queued = undefined;
      try {
        return await this.build(cause);
      } catch (error) {
        return this.fail(cause, error);
      }
    });
    this.queued = next;
    this.chain = next;
    return next;
  }

  private async build(cause: RebuildCause): Promise<RebuildOutcome> {
    if (this.closed) {
      return this.closedOutcome(cause);
    }
    clearTimeout(this.retry);
    const warnings: string[] = [];
    const started = performance.now();
    let outcome: RebuildOutcome;
    let workerError: unknown;
    const { cacheDir } = this.options;
    // While the folder is missing, a retry every few seconds must not start a worker (half a second of CPU)
    // only to learn that: loadEngine below fails at once and says why.
    if (cacheDir !== undefined && this.options.buildInWorker !== false && (await this.folderExists())) {
      await warmIndexCache(this.dir, cacheDir).catch((error: unknown) => (workerError = error));
    }
    try {
      const engine = await loadEngine(this.dir, {
        onWarning: (message) => warnings.push(message),
        cacheDir: this.options.cacheDir,
        minConfidence: this.options.minConfidence,
      });
      const diff = diffCorpora(this.engine.corpus, engine.corpus);
      const buildMs = performance.now() - started;
      // The swap: one assignment, so every reader sees either the old engine or the new one, whole.
      this.engine = engine;
      this.builtAt = Date.now();
      this.buildMs = buildMs;
      this.rebuilds += 1;
      this.failing = undefined;
      for (const message of warnings) if (!this.previousWarnings.has(message)) this.warn(message);
      this.previousWarnings = new Set(warnings);
      if (workerError !== undefined && !this.warnedAboutWorker) {
        // The folder was readable, so the worker itself failed: say so once, rebuilds still work.
        this.warnedAboutWorker = true;
        this.warn(
          `Could not build the index in a worker thread (${(workerError as Error).message}); building on the main thread, which pauses answers during a rebuild`,
        );
      }
      outcome = {
        kind: 'rebuilt',
        cause,
        diff,
        articles: engine.articles.length,
        passages: engine.passageCount,
        buildMs,
      };
    } catch (error) {
      return this.fail(cause, error);
    }
    this.report(outcome);
    // The folder may have been replaced (removed and created again): watch the new one.
    if (this.options.watch !== false) await this.arm();
    return outcome;
  }

  /** Records a failed rebuild (the last good engine keeps answering), reports it and schedules a retry. */
  private fail(cause: RebuildCause, error: unknown): RebuildOutcome {
    this.failures += 1;
    const reason = error instanceof Error ? error.message : String(error);
    const repeated = this.failing?.reason === reason;
    this.failing = { at: Date.now(), reason, error };
    const outcome: RebuildOutcome = { kind: 'failed', cause, reason, error, repeated };
    // A watch on a vanished folder sees nothing of the folder created in its place (which may even reuse
    // its inode number): drop it; the rebuild that succeeds again watches afresh.
    this.watcher?.close();
    this.watcher = undefined;
    if (!this.closed) {
      clearTimeout(this.retry);
      this.retry = setTimeout(() => void this.schedule('retry'), this.retryMs);
    }
    this.report(outcome);
    return outcome;
  }

  /** A rebuild asked for after `close()`: it does not run, and nothing is reported. */
  private closedOutcome(cause: RebuildCause): RebuildOutcome {
    const reason = `${this.dir} is no longer being reloaded: the engine was closed`;
    return { kind: 'failed', cause, reason, error: new Error(reason), repeated: false };
  }

  /** Passes an outcome to `onRebuild`; a callback that throws must not stop the rebuilds that follow. */
  private report(outcome: RebuildOutcome): void {
    try {
      this.options.onRebuild?.(outcome);
    } catch (error) {
      this.warn(`onRebuild threw (${error instanceof Error ? error.message : String(error)})`);
    }
  }

  /** Passes a warning on. A callback that throws has nowhere left to report to, so its error is dropped. */
  private warn(message: string): void {
    try {
      this.options.onWarning?.(message);
    } catch {
      // Dropped on purpose: see above.
    }
  }

  private async folderExists(): Promise<boolean> {
    try {
      return (await stat(this.dir)).isDirectory();
    } catch {
      return false;
    }
  }

  private get retryMs(): number {
    return this.options.retryMs ?? DEFAULT_RETRY_MS;
  }

  /** A change under the folder: rebuild once the changes pause (or every maxWaitMs while they do not). */
  private onChange(): void {
    if (this.closed) return;
    const now = Date.now();
    this.firstPendingAt ??= now;
    const debounceMs = this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    const maxWaitMs = this.options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    const wait = Math.max(0, Math.min(debounceMs, this.firstPendingAt + maxWaitMs - now));
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.firstPendingAt = undefined;
      void this.schedule('change');
    }, wait);
  }

  /** Watches the folder, or re-watches it when it is a new folder at the same path. */
  private async arm(): Promise<void> {
    if (this.closed || this.watchGivenUp) return;
    let ino: number;
    try {
      ino = (await stat(this.dir)).ino;
    } catch {
      return; // The next rebuild fails and is retried; it arms the watch once the folder is back.
    }
    if (this.watcher && this.watchedIno === ino) return;
    this.watcher?.close();
    this.watcher = undefined;
    try {
      const watcher = (this.options.watchFolder ?? watchRecursively)(this.dir, () => this.onChange());
      watcher.on('error', (error) => this.onWatchError(watcher, error));
      this.watcher = watcher;
      this.watchedIno = ino;
      this.watchedSince = Date.now();
    } catch (error) {
      this.warn(`Cannot watch ${this.dir} for changes (${(error as Error).message}); /reload still rebuilds`);
    }
  }

  /**
   * The watcher failed (on Linux typically ENOSPC: too few inotify watches for the folder). A rebuild re-watches
   * the folder after a delay that doubles with each consecutive error; after MAX_WATCH_ERRORS of them the
   * folder is left unwatched, said once, and `/reload` still rebuilds (`/status` shows "Watching: no").
   */
  private onWatchError(watcher: FolderWatcher, error: Error): void {
    watcher.close();
    if (this.watcher !== watcher) return;
    this.watcher = undefined;
    if (this.closed) return;
    if (Date.now() - this.watchedSince > WATCH_STABLE_MS) this.watchErrors = 0;
    this.watchErrors += 1;
    if (this.watchErrors >= MAX_WATCH_ERRORS) {
      this.watchGivenUp = true;
      this.warn(
        `Stopped watching ${this.dir} after ${this.watchErrors} watcher errors in a row (${error.message}); changes are picked up by /reload only`,
      );
      return;
    }
    const debounceMs = this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
    const backoffMs = Math.min(MAX_WATCH_BACKOFF_MS, debounceMs * 2 ** this.watchErrors);
    this.warn(
      `Watching ${this.dir} failed (${error.message}); watching again in ${Math.round(backoffMs / 1000)} s`,
    );
    // Changes made while unwatched are picked up by the rebuild that re-watches the folder.
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.firstPendingAt = undefined;
      void this.schedule('change');
    }, backoffMs);
  }
}
