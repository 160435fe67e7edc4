import type { CorpusDiff } from './diffCorpora.js';

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
  | RebuildFailure;

/** A rebuild that failed: the last good engine keeps answering. */
export interface RebuildFailure {
  readonly kind: 'failed';
  readonly cause: RebuildCause;
  /** What went wrong (the error's message), for the log. */
  readonly reason: string;
  /**
   * The reason as the people using the bot may see it, when it was written for them (the folder is missing or
   * unreadable); undefined for anything else, a bug or an environment problem whose message belongs in the log.
   */
  readonly userReason: string | undefined;
  /** What was thrown, with its stack, for the log. */
  readonly error: unknown;
  /** True when the previous attempt failed with the same reason: callers log only the first of a series. */
  readonly repeated: boolean;
}

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
  readonly failing:
    | {
        readonly at: number;
        readonly reason: string;
        readonly userReason: string | undefined;
        readonly error: unknown;
      }
    | undefined;
  /** Whether changes to the folder are being watched right now. */
  readonly watching: boolean;
}

/**
 * A failure whose reason goes to the log only (users see that there was one, not why), first of its series;
 * `error` defaults to an Error carrying `reason`.
 */
export function logOnlyFailure(
  cause: RebuildCause,
  reason: string,
  error: unknown = new Error(reason),
): RebuildFailure {
  return { kind: 'failed', cause, reason, userReason: undefined, error, repeated: false };
}
