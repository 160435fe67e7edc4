import { watch } from 'node:fs';
import { stat } from 'node:fs/promises';

/**
 * Quiet time after the last change before a rebuild starts, in milliseconds. Copying a folder or saving from an
 * editor (write a temporary file, rename it) produces a burst of events a few milliseconds apart; 500 ms covers
 * a local copy of hundreds of files in one rebuild and still shows a saved change within about a second.
 */
export const DEFAULT_DEBOUNCE_MS = 500;
/** A stream of changes that never pauses (a slow sync) still gets a rebuild this often, in milliseconds. */
export const DEFAULT_MAX_WAIT_MS = 5000;
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

/** What `FolderWatch` needs of a folder watcher (`fs.FSWatcher` has it). */
export interface FolderWatcher {
  close(): void;
  on(event: 'error', listener: (error: Error) => void): unknown;
}

/** Watches `dir` recursively, calling `onChange` for every change under it. */
export type WatchFolder = (dir: string, onChange: () => void) => FolderWatcher;

const watchRecursively: WatchFolder = (dir, onChange) => watch(dir, { recursive: true }, onChange);

export interface FolderWatchOptions {
  /** Default DEFAULT_DEBOUNCE_MS. */
  readonly debounceMs?: number | undefined;
  /** Default DEFAULT_MAX_WAIT_MS. */
  readonly maxWaitMs?: number | undefined;
  /** How the folder is watched; default `fs.watch` with `recursive: true`. Tests pass a stand-in. */
  readonly watchFolder?: WatchFolder | undefined;
  /** The changes have settled (or a re-watch after an error is due): time to rebuild. */
  readonly onSettled: () => void;
  /** Watcher problems, for the log. */
  readonly warn: (message: string) => void;
}

/**
 * Watches a corpus folder and says when a burst of changes has settled: after `debounceMs` of quiet, or every
 * `maxWaitMs` while changes keep coming. A watcher that fails is re-armed with a doubling back-off, and given
 * up after MAX_WATCH_ERRORS in a row (said once); a folder replaced by a new one at the same path is re-watched.
 */
export class FolderWatch {
  private watcher: FolderWatcher | undefined;
  private watchedIno: number | undefined;
  private watchErrors = 0;
  private watchedSince = 0;
  private givenUp = false;
  private debounce: NodeJS.Timeout | undefined;
  private firstPendingAt: number | undefined;
  private closed = false;

  constructor(
    readonly dir: string,
    private readonly options: FolderWatchOptions,
  ) {}

  /** Whether changes to the folder are being watched right now. */
  get watching(): boolean {
    return this.watcher !== undefined;
  }

  /** Watches the folder, or re-watches it when it is a new folder at the same path. */
  async arm(): Promise<void> {
    if (this.closed || this.givenUp) return;
    let ino: number;
    try {
      ino = (await stat(this.dir)).ino;
    } catch {
      return; // The next rebuild fails and is retried; it arms the watch once the folder is back.
    }
    if (this.watcher && this.watchedIno === ino) return;
    this.drop();
    try {
      const watcher = (this.options.watchFolder ?? watchRecursively)(this.dir, () => this.onChange());
      watcher.on('error', (error) => this.onWatchError(watcher, error));
      this.watcher = watcher;
      this.watchedIno = ino;
      this.watchedSince = Date.now();
    } catch (error) {
      this.options.warn(
        `Cannot watch ${this.dir} for changes (${(error as Error).message}); /reload still rebuilds`,
      );
    }
  }

  /**
   * Stops the current watch (the folder vanished: a watch on it would see nothing of a folder created in its
   * place, which may even reuse its inode number); the next `arm()` watches afresh.
   */
  drop(): void {
    this.watcher?.close();
    this.watcher = undefined;
  }

  /** Stops watching for good, and forgets changes not yet settled. */
  close(): void {
    this.closed = true;
    clearTimeout(this.debounce);
    this.drop();
  }

  private get debounceMs(): number {
    return this.options.debounceMs ?? DEFAULT_DEBOUNCE_MS;
  }

  /** A change under the folder: settle once the changes pause (or every maxWaitMs while they do not). */
  private onChange(): void {
    if (this.closed) return;
    const now = Date.now();
    this.firstPendingAt ??= now;
    const maxWaitMs = this.options.maxWaitMs ?? DEFAULT_MAX_WAIT_MS;
    const wait = Math.max(0, Math.min(this.debounceMs, this.firstPendingAt + maxWaitMs - now));
    this.settleIn(wait);
  }

  private settleIn(ms: number): void {
    clearTimeout(this.debounce);
    this.debounce = setTimeout(() => {
      this.firstPendingAt = undefined;
      this.options.onSettled();
    }, ms);
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
      this.givenUp = true;
      this.options.warn(
        `Stopped watching ${this.dir} after ${this.watchErrors} watcher errors in a row (${error.message}); changes are picked up by /reload only`,
      );
      return;
    }
    const backoffMs = Math.min(MAX_WATCH_BACKOFF_MS, this.debounceMs * 2 ** this.watchErrors);
    this.options.warn(
      `Watching ${this.dir} failed (${error.message}); watching again in ${Math.round(backoffMs / 1000)} s`,
    );
    // Changes made while unwatched are picked up by the rebuild that re-watches the folder.
    this.settleIn(backoffMs);
  }
}
