import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, beforeAll, describe, test, vi } from 'vitest';
import { commands } from '../../commands/index.js';
import { deployCommands } from '../../src/discord/deployCommands.js';
import { DeployError } from '../../src/discord/DeployError.js';
import { PATIENCE_MS, SLOW_TEST_TIMEOUT_MS } from '../support/patience.js';
import { DiscordStandIn } from '../../src/standin/DiscordStandIn.js';
import type { SentMessage } from '../../src/standin/DiscordStandIn.js';
import { ROOT, runEntry } from './runEntry.js';
import { TEST_TOKEN } from './startTestBot.js';

// These tests start Node processes with tsx: slow on a busy machine (see SLOW_TEST_TIMEOUT_MS).
vi.setConfig({ testTimeout: SLOW_TEST_TIMEOUT_MS, hookTimeout: SLOW_TEST_TIMEOUT_MS });

let standIn: DiscordStandIn;
beforeAll(async () => {
  standIn = await DiscordStandIn.start();
});
afterAll(async () => {
  await standIn?.close();
});

// Each test starts its own Node process (about 1.5 s of start-up), so they run side by side.
describe.concurrent('npm start (src/bot.ts in its own process)', () => {
  test('answers, then on SIGTERM disconnects and exits 0, never printing the token', async ({ expect }) => {
    const bot = runEntry('src/bot.ts', {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: standIn.apiUrl,
      CORPUS_DIR: join(ROOT, 'seeds'),
      LOG_LEVEL: 'debug',
    });
    await standIn.waitForSession();
    const record = standIn.sendCommand('ask', [
      { name: 'question', type: 3, value: 'How many troops did Russia assemble?' },
    ]);
    const reply: SentMessage = (await record.finalReply).body;
    expect(reply.embeds?.[0]?.description).toMatch(/^> [^]+\n— .+ · `\w+`$/);

    const signalledAt = Date.now();
    bot.child.kill('SIGTERM');
    // A hang shows as "did not exit" rather than a bare test timeout; how fast it stops is only logged.
    const hung = delay(PATIENCE_MS, undefined, { ref: false }).then(() => 'did not exit');
    expect(await Promise.race([bot.exited, hung])).toBe(0);
    console.log(`SIGTERM -> exit 0 in ${Date.now() - signalledAt} ms`);
    expect(bot.output()).toContain('SIGTERM received');
    expect(bot.output()).toContain('Disconnected from Discord');
    // discord.js reports the gateway's normal close on destroy() as a reconnect; it is not one.
    expect(bot.output()).not.toContain('Reconnecting to the gateway');
    expect(bot.output()).not.toContain(TEST_TOKEN);
  });

  test('a missing token stops start-up with a message naming the variable', async ({ expect }) => {
    const bot = runEntry('src/bot.ts', { DISCORD_API_URL: standIn.apiUrl, CORPUS_DIR: join(ROOT, 'seeds') });
    expect(await bot.exited).toBe(1);
    expect(bot.output()).toContain('Missing setting DISCORD_TOKEN');
  });
});

describe.concurrent('deploy-commands', () => {
  test('registers the shared command list in the guild when DISCORD_GUILD_ID is set', async ({ expect }) => {
    const result = await deployCommands({
      token: TEST_TOKEN,
      clientId: standIn.applicationId,
      guildId: standIn.guildId,
      apiUrl: standIn.apiUrl,
      commands,
      retries: 0,
    });
    expect(result).toEqual({
      scope: 'guild',
      names: ['ask', 'sources', 'source', 'help', 'status', 'reload', 'add'],
    });
    const put = await standIn.waitForRequest(
      (r) =>
        r.method === 'PUT' &&
        r.path === `/applications/${standIn.applicationId}/guilds/${standIn.guildId}/commands`,
    );
    expect(put.body).toEqual(commands.map((command) => command.data));
  });

  test('registers globally without a guild', async ({ expect }) => {
    const result = await deployCommands({
      token: TEST_TOKEN,
      clientId: standIn.applicationId,
      apiUrl: standIn.apiUrl,
      commands,
      retries: 0,
    });
    expect(result.scope).toBe('global');
    await standIn.waitForRequest(
      (r) => r.method === 'PUT' && r.path === `/applications/${standIn.applicationId}/commands`,
    );
  });

  test('a refused token fails with a message that says what to check', async ({ expect }) => {
    standIn.invalidToken = 'bad-token-bad-token';
    try {
      const attempt = deployCommands({
        token: 'bad-token-bad-token',
        clientId: standIn.applicationId,
        apiUrl: standIn.apiUrl,
        commands,
        retries: 0,
      });
      await expect(attempt).rejects.toThrow(DeployError);
      await expect(attempt).rejects.toThrow(/check DISCORD_TOKEN.*HTTP 401/);
    } finally {
      standIn.invalidToken = undefined;
    }
  });

  test('the script exits non-zero naming a missing setting', async ({ expect }) => {
    const run = runEntry('src/deploy-commands.ts', {
      DISCORD_TOKEN: TEST_TOKEN,
      DISCORD_API_URL: standIn.apiUrl,
    });
    expect(await run.exited).toBe(1);
    expect(run.output()).toContain('Missing setting DISCORD_CLIENT_ID');
  });
});
