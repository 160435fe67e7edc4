import { loadEngine } from '../../src/engine/loadEngine.js';
import type { Engine } from '../../src/engine/Engine.js';
import { createLogger } from '../../src/log/Logger.js';
import type { Logger } from '../../src/log/Logger.js';
import { commands } from '../../commands/index.js';
import { startBot } from '../../src/discord/startBot.js';
import type { BotOptions, RunningBot } from '../../src/discord/startBot.js';
import type { DiscordStandIn } from '../../src/standin/DiscordStandIn.js';

/** The token the test bot logs in with; the stand-in accepts any token except its `invalidToken`. */
export const TEST_TOKEN = 'MTEwMDAwMDAwMDAwMDAwMDAx.test-token.for-the-loopback-stand-in';

let engine: Promise<Engine> | undefined;
/** The real engine over the real seeds/ folder, loaded once per test file. */
export function seedEngine(): Promise<Engine> {
  engine ??= loadEngine('seeds');
  return engine;
}

/** Log lines of the test bot, kept for assertions (and for reading when a test fails). */
export interface CapturedLog {
  readonly lines: string[];
  readonly logger: Logger;
}

export function captureLog(): CapturedLog {
  const lines: string[] = [];
  return {
    lines,
    logger: createLogger({ level: 'debug', secrets: [TEST_TOKEN], write: (line) => lines.push(line) }),
  };
}

/** Starts the real bot (real discord.js Client) against the stand-in, and waits until it is ready. */
export async function startTestBot(
  standIn: DiscordStandIn,
  overrides: Partial<BotOptions> = {},
): Promise<RunningBot & { log: CapturedLog }> {
  const log = captureLog();
  const bot = await startBot({
    token: TEST_TOKEN,
    commands,
    engine: await seedEngine(),
    logger: log.logger,
    apiUrl: standIn.apiUrl,
    cooldownSeconds: 0,
    restRetries: 0,
    ...overrides,
  });
  return { ...bot, log };
}
