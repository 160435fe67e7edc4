import type { RebuildCause, RebuildOutcome } from './RebuildOutcome.js';

/**
 * Runs rebuilds one at a time: a rebuild asked for while one is under way runs after it, and every request
 * made before that next rebuild starts shares it (so a burst of changes costs at most one more rebuild).
 */
export class RebuildQueue {
  private chain: Promise<unknown> = Promise.resolve();
  private queued: Promise<RebuildOutcome> | undefined;

  /**
   * @param run builds, and returns the outcome.
   * @param onThrow turns an exception `run` threw (a bug) into a failed outcome, so the chain never rejects and
   *   later rebuilds and `idle()` still run.
   */
  constructor(
    private readonly run: (cause: RebuildCause) => Promise<RebuildOutcome>,
    private readonly onThrow: (cause: RebuildCause, error: unknown) => RebuildOutcome,
  ) {}

  /** Queues a rebuild after the one under way; a rebuild already queued and not started serves this call too. */
  schedule(cause: RebuildCause): Promise<RebuildOutcome> {
    if (this.queued) return this.queued;
    const next = this.chain.then(async () => {
      this.queued = undefined;
      try {
        return await this.run(cause);
      } catch (error) {
        return this.onThrow(cause, error);
      }
    });
    this.queued = next;
    this.chain = next;
    return next;
  }

  /** Resolves once the rebuilds scheduled so far have finished. */
  async idle(): Promise<void> {
    await this.chain;
  }
}
