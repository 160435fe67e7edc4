import { stat } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import { CorpusDirError } from '../corpus/CorpusDirError.js';
import { diffCorpora } from './diffCorpora.js';
import type { Engine } from './Engine.js';
import { FolderWatch, type WatchFolder } from './FolderWatch.js';
import { loadEngine } from './loadEngine.js';
import type { LiveEngineStatus, RebuildCause, RebuildOutcome } from './RebuildOutcome.js';
import { logOnlyFailure } from './RebuildOutcome.js';
import { RebuildQueue } from './RebuildQueue.js';
import { warmIndexCache } from './warmIndexCache.js';

export type { LiveEngineStatus, RebuildCause, RebuildOutcome } from './RebuildOutcome.js';

/** After a failed rebuild (the folder vanished), try again this often until one succeeds, in milliseconds. */
export const DEFAULT_RETRY_MS = 5000;

export interface LiveEngineOptions {
  /** Folder for persisted indexes (INDEX_CACHE_DIR); see `loadEngine`. Omit to build in memory. */
  readonly cacheDir?: string | undefined;
  /** Decline below this confidence; see `loadEngine`. */
  readonly minConfidence?: number | undefined;
  /** Watch the folder for changes (default true); without it only `reload()` rebuilds. */
  readonly watch?: boolean;
  /** Quiet time before a rebuild (default DEFAULT_DEBOUNCE_MS, FolderWatch.ts). Tests use tens of ms. */
  readonly debounceMs?: number;
  /** Longest wait for a rebuild while changes keep coming (default DEFAULT_MAX_WAIT_MS, FolderWatch.ts). */
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

/**
 * Keeps the engine over a corpus folder current: a `FolderWatch` says when changes have settled, a
 * `RebuildQueue` runs one rebuild at a time with `loadEngine` (the index built in a worker thread when there is
 * an index cache), and the new engine is swapped in with one assignment. Readers take `current` per question,
 * so a question asked during a rebuild is answered by the old engine, never by a half-built one. A rebuild that
 * fails keeps the last good engine, reports why and is retried.
 */
export class LiveEngine {
  private engine: Engine;
  private builtAt: number;
  private buildMs: number;
  private rebuilds = 0;
  private failures = 0;
  private failing: LiveEngineStatus['failing'];
  private previousWarnings: ReadonlySet<string>;
  private retry: NodeJS.Timeout | undefined;
  private closed = false;
  private warnedAboutWorker = false;
  private readonly folder: FolderWatch;
  private readonly queue = new RebuildQueue(
    (cause) => this.build(cause),
    (cause, error) => this.fail(cause, error),
  );

  private constructor(
    readonly dir: string,
    private readonly options: LiveEngineOptions,
    first: { engine: Engine; buildMs: number; warnings: readonly string[] },
  ) {
    this.engine = first.engine;
    this.buildMs = first.buildMs;
    this.builtAt = Date.now();
    this.previousWarnings = new Set(first.warnings);
    this.folder = new FolderWatch(dir, {
      debounceMs: options.debounceMs,
      maxWaitMs: options.maxWaitMs,
      watchFolder: options.watchFolder,
      onSettled: () => void this.queue.schedule('change'),
      warn: (message) => this.warn(message),
    });
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
    if (options.watch !== false) await live.folder.arm();
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
      watching: this.folder.watching,
    };
  }

  /**
   * Rebuilds now (`/reload`). When a rebuild is already under way this one runs after it, so it sees every
   * change made before the call. Never rejects.
   */
  reload(): Promise<RebuildOutcome> {
    return this.queue.schedule('reload');
  }

  /**
   * Stops watching and retrying, and waits for a rebuild under way; a rebuild queued behind it does not run.
   * The last engine keeps answering.
   */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.retry);
    this.folder.close();
    await this.queue.idle();
  }

  private async build(cause: RebuildCause): Promise<RebuildOutcome> {
    if (this.closed) return this.closedOutcome(cause);
    clearTimeout(this.retry);
    const warnings: string[] = [];
    const started = performance.now();
    let workerError: unknown;
    const { cacheDir } = this.options;
    // While the folder is missing, a retry every few seconds must not start a worker (half a second of CPU)
    // only to learn that: loadEngine below fails at once and says why.
    if (cacheDir !== undefined && this.options.buildInWorker !== false && (await this.folderExists())) {
      await warmIndexCache(this.dir, cacheDir).catch((error: unknown) => (workerError = error));
    }
    let outcome: RebuildOutcome;
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
    if (this.options.watch !== false) await this.folder.arm();
    return outcome;
  }

  /** Records a failed rebuild (the last good engine keeps answering), reports it and schedules a retry. */
  private fail(cause: RebuildCause, error: unknown): RebuildOutcome {
    this.failures += 1;
    const reason = error instanceof Error ? error.message : String(error);
    // A CorpusDirError's message was written for people (the folder is missing or unreadable).
    const userReason = error instanceof CorpusDirError ? reason : undefined;
    const repeated = this.failing?.reason === reason;
    this.failing = { at: Date.now(), reason, userReason, error };
    const outcome: RebuildOutcome = { kind: 'failed', cause, reason, userReason, error, repeated };
    this.folder.drop();
    if (!this.closed) {
      clearTimeout(this.retry);
      this.retry = setTimeout(
        () => void this.queue.schedule('retry'),
        this.options.retryMs ?? DEFAULT_RETRY_MS,
      );
    }
    this.report(outcome);
    return outcome;
  }

  /** A rebuild asked for after `close()`: it does not run, and nothing is reported. */
  private closedOutcome(cause: RebuildCause): RebuildOutcome {
    return logOnlyFailure(cause, `${this.dir} is no longer being reloaded: the engine was closed`);
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
}
