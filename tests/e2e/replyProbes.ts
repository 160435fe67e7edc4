// Helpers the end-to-end tests share for reading the bot's replies and waiting for them.
import { setTimeout as delay } from 'node:timers/promises';
import type { SentMessage } from '../../src/standin/DiscordStandIn.js';

/** Article ids quoted in an /ask reply (the id closes each excerpt's source line). */
export function quotedIds(body: SentMessage): string[] {
  return (body.embeds ?? []).map((e) => /`([^`]+)`$/.exec(e.description ?? '')?.[1] ?? '');
}

/** Calls `probe` every 100 ms until `ok` accepts its value, which it returns; throws after `ms`. */
export async function eventually<T>(
  probe: () => Promise<T>,
  ok: (value: T) => boolean,
  ms: number,
): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await probe();
    if (ok(value)) return value;
    if (Date.now() - started > ms) throw new Error(`not within ${ms} ms`);
    await delay(100);
  }
}
