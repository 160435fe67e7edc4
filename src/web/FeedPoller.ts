import type { AddContext } from './addArticle.js';
import { addFeed } from './addFeed.js';

/** New articles added per poll, across all feeds; the rest wait for the next poll. */
export const FEED_ITEMS_PER_POLL = 20;
/**
 * The first poll runs this long after the poller starts (ms). The bot starts it once connected, so this only
 * lets the first questions through before the first fetches.
 */
export const FIRST_POLL_DELAY_MS = 1000;
/** A feed failing again and again is skipped for 1, 3, 7, … polls, at most this many in a row. */
const MAX_SKIPPED_POLLS = 31;

/** How a poller runs: its feeds, schedule, where it adds articles and whom it tells. */
export interface FeedPollerOptions {
  readonly feeds: readonly string[];
  /** FEED_INTERVAL_MINUTES, in milliseconds. */
  readonly intervalMs: number;
  readonly context: AddContext;
  /** Called once per poll. */
  readonly onPoll: (summary: PollSummary) => void;
  /** Called when a poll throws something unexpected (a bug); polling goes on. */
  readonly onError: (error: unknown) => void;
  /** Default FEED_ITEMS_PER_POLL. */
  readonly itemsPerPoll?: number;
  /** Default FIRST_POLL_DELAY_MS. */
  readonly firstPollDelayMs?: number;
}

/** What one poll did: the bot logs it as one line. */
export interface PollSummary {
  /** Feeds read this time (feeds backing off after errors are not). */
  readonly polled: number;
  /** Feeds skipped this time because they failed before. */
  readonly backingOff: number;
  readonly added: number;
  /** Items that could not be added. */
  readonly failedItems: number;
  /** New items left for the next poll because of the per-poll cap. */
  readonly deferred: number;
  /** Feeds that could not be read, and why. */
  readonly feedErrors: readonly { readonly feedUrl: string; readonly reason: string }[];
}

/**
 * Polls news feeds (FEEDS) every FEED_INTERVAL_MINUTES and adds their new articles to the corpus folder, where
 * the live engine picks them up. Everything is fetched one request at a time (feeds in turn, items in turn), so
 * no site ever sees two requests from Verbatim at once; at most `itemsPerPoll` new articles per poll; a feed
 * that fails is skipped for 1, 3, 7, … polls (doubling, up to 31) until it works again.
 */
export class FeedPoller {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private closed = false;
  private readonly backoff = new Map<string, { failures: number; skip: number }>();

  constructor(private readonly options: FeedPollerOptions) {}

  /** Schedules the first poll; later polls follow every `intervalMs` after the previous one ends. */
  start(): void {
    this.schedule(this.options.firstPollDelayMs ?? FIRST_POLL_DELAY_MS);
  }

  /** Stops polling and waits for a poll under way to finish its current article. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Runs one poll now (the timer's job; tests call it directly). */
  async poll(): Promise<PollSummary> {
    let remaining = this.options.itemsPerPoll ?? FEED_ITEMS_PER_POLL;
    let polled = 0;
    let backingOff = 0;
    let added = 0;
    let failedItems = 0;
    let deferred = 0;
    const feedErrors: { feedUrl: string; reason: string }[] = [];
    for (const feedUrl of this.options.feeds) {
      if (this.closed) break;
      const state = this.backoff.get(feedUrl);
      if (state && state.skip > 0) {
        state.skip -= 1;
        backingOff += 1;
        continue;
      }
      polled += 1;
      try {
        const outcome = await addFeed(feedUrl, this.options.context, remaining);
        this.backoff.delete(feedUrl);
        remaining -= outcome.added.length + outcome.failed.length;
        added += outcome.added.length;
        failedItems += outcome.failed.length;
        deferred += outcome.deferred;
      } catch (error) {
        const failures = (state?.failures ?? 0) + 1;
        this.backoff.set(feedUrl, { failures, skip: Math.min(MAX_SKIPPED_POLLS, 2 ** failures - 1) });
        feedErrors.push({ feedUrl, reason: error instanceof Error ? error.message : String(error) });
      }
    }
    return { polled, backingOff, added, failedItems, deferred, feedErrors };
  }

  private schedule(delayMs: number): void {
    if (this.closed) return;
    this.timer = setTimeout(() => {
      this.running = this.poll()
        .then(this.options.onPoll, this.options.onError)
        .finally(() => this.schedule(this.options.intervalMs));
    }, delayMs);
    // Polling alone never keeps the process alive.
    this.timer.unref();
  }
}
