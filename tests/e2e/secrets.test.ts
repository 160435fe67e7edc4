// The bot token never appears in logs, error messages or output, also when start-up fails on purpose.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { createLogger } from '../../src/log/Logger.js';
import { commands } from '../../commands/index.js';
import { startBot } from '../../src/discord/startBot.js';
import { DiscordStandIn } from '../../src/standin/DiscordStandIn.js';
import { ROOT, runEntry } from './runEntry.js';
import { seedEngine } from './startTestBot.js';
import { SLOW_TEST_TIMEOUT_MS } from '../support/patience.js';

// These tests start Node processes with tsx: slow on a busy machine (see SLOW_TEST_TIMEOUT_MS).
vi.setConfig({ testTimeout: SLOW_TEST_TIMEOUT_MS, hookTimeout: SLOW_TEST_TIMEOUT_MS });

/** A token of Discord's shape, used only here; the stand-in refuses it as Discord refuses a revoked token. */
const REFUSED_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.GsEcRt.refused-token-0123456789abcdefABCDEF';

let standIn: DiscordStandIn;
beforeAll(async () => {
  standIn = await DiscordStandIn.start();
  standIn.invalidToken = REFUSED_TOKEN;
});
afterAll(async () => {
  await standIn?.close();
});

describe.concurrent('start-ups that fail never print the token', () => {
  test('Discord refuses the token: exit 1, the output says what to check, without the token', async () => {
    const bot = runEntry('src/bot.ts', {
      DISCORD_TOKEN: REFUSED_TOKEN,
      DISCORD_API_URL: standIn.apiUrl,
      CORPUS_DIR: join(ROOT, 'seeds'),
      LOG_LEVEL: 'debug',
    });
    expect(await bot.exited).toBe(1);
    // DISCORD_API_URL is set, so the server it names is the likelier culprit: the message says so first.
    expect(bot.output()).toContain(
      `Could not connect to Discord; check DISCORD_API_URL (${new URL(standIn.apiUrl).href}), DISCORD_TOKEN`,
    );
    // The stand-in saw the token (so it was really used), the output never did.
    expect(standIn.requests.some((r) => r.authorization === `Bot ${REFUSED_TOKEN}`)).toBe(true);
    expect(bot.output()).not.toContain(REFUSED_TOKEN);
    expect(bot.output()).not.toContain(REFUSED_TOKEN.split('.')[2]);
  });

  test('the corpus folder is missing: exit 1, naming the folder, without the token', async () => {
    const missing = join(ROOT, 'no-such-corpus-folder');
    const bot = runEntry('src/bot.ts', {
      DISCORD_TOKEN: REFUSED_TOKEN,
      DISCORD_API_URL: standIn.apiUrl,
      CORPUS_DIR: missing,
      LOG_LEVEL: 'debug',
    });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain(missing);
    expect(bot.output()).not.toContain(REFUSED_TOKEN);
  });

  test('a malformed setting: exit 1, naming the variable, without the token', async () => {
    const bot = runEntry('src/bot.ts', {
      DISCORD_TOKEN: REFUSED_TOKEN,
      DISCORD_API_URL: 'not a url',
      CORPUS_DIR: join(ROOT, 'seeds'),
    });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain('DISCORD_API_URL');
    expect(bot.output()).not.toContain(REFUSED_TOKEN);
  });

  test('in process: the login error and every log line are free of the token', async () => {
    // Set up as src/bot.ts does: debug level, the token registered as a secret.
    const lines: string[] = [];
    const logger = createLogger({
      level: 'debug',
      secrets: [REFUSED_TOKEN],
      write: (line) => lines.push(line),
    });
    const attempt = startBot({
      token: REFUSED_TOKEN,
      commands,
      engine: await seedEngine(),
      logger,
      apiUrl: standIn.apiUrl,
      cooldownSeconds: 0,
      restRetries: 0,
    });
    const error = await attempt.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error).message)).not.toContain(REFUSED_TOKEN);
    expect(String((error as Error).stack)).not.toContain(REFUSED_TOKEN);
    expect(JSON.stringify(error)).not.toContain(REFUSED_TOKEN);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.join('\n')).not.toContain(REFUSED_TOKEN);
  });
});
