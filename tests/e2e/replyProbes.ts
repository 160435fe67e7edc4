// Helpers the end-to-end tests share for reading the bot's replies and waiting for them.
import { setTimeout as delay } from 'node:timers/promises';
import type { DiscordStandIn, SentMessage } from '../../src/standin/DiscordStandIn.js';

/** Discord's number for a string option. */
const STRING_OPTION = 3;

/** Article ids quoted in an /ask reply (the id closes each excerpt's source line). */
export function quotedIds(body: SentMessage): string[] {
  return (body.embeds ?? []).map((e) => /`([^`]+)`$/.exec(e.description ?? '')?.[1] ?? '');
}

/** Sends `/ask question` through the stand-in and returns the bot's final reply to it. */
export async function askFinal(standIn: DiscordStandIn, question: string): Promise<SentMessage> {
  const record = standIn.sendCommand('ask', [{ name: 'question', type: STRING_OPTION, value: question }]);
  return (await record.finalReply).body;
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
