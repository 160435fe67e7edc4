/** Result of asking the cooldown whether a user may ask now. */
export type CooldownCheck = { readonly ok: true } | { readonly ok: false; readonly retryAfterMs: number };

/** A per-user limit of one question per period. */
export interface Cooldown {
  /** Records a question by `userId` if allowed now; otherwise says how long until it is. */
  take(userId: string): CooldownCheck;
}

/** Above this many remembered users, expired entries are swept on the next `take`. */
const SWEEP_THRESHOLD = 1000;

/**
 * One question per `seconds` per user (0 turns the cooldown off). `now` gives the time in milliseconds
 * (default `Date.now`), so tests can move time by hand.
 */
export function createCooldown(seconds: number, now: () => number = Date.now): Cooldown {
  const periodMs = seconds * 1000;
  const nextAllowed = new Map<string, number>();
  return {
    take(userId) {
      if (periodMs <= 0) return { ok: true };
      const t = now();
      const until = nextAllowed.get(userId);
      if (until !== undefined && until > t) return { ok: false, retryAfterMs: until - t };
      if (nextAllowed.size >= SWEEP_THRESHOLD) {
        for (const [id, at] of nextAllowed) if (at <= t) nextAllowed.delete(id);
      }
      nextAllowed.set(userId, t + periodMs);
      return { ok: true };
    },
  };
}

/** "You are asking quickly: ask again in 3 s." for a refusal of `retryAfterMs`. */
export function cooldownText(retryAfterMs: number): string {
  const seconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  return `You are asking quickly: ask again in ${seconds} s.`;
}
