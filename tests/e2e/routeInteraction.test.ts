import { setTimeout as delay } from 'node:timers/promises';
import { ApplicationCommandOptionType, MessageFlags } from 'discord.js';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { commands } from '../../commands/index.js';
import type { Command } from '../../src/discord/Command.js';
import { DEFER_AFTER_MS, GENERIC_ERROR_TEXT } from '../../src/discord/routeInteraction.js';
import { UserError } from '../../src/discord/UserError.js';
import { PATIENCE_MS } from '../support/patience.js';
import { DiscordStandIn } from '../../src/standin/DiscordStandIn.js';
import { startTestBot } from './startTestBot.js';

// Commands that exist only in this test, to drive the router's slow and failing paths through the real client.
const slowData = {
  name: 'slow',
  description: 'Answers after the deferral threshold',
  options: [
    { type: ApplicationCommandOptionType.Boolean, name: 'fail', description: 'Fail after deferring' },
  ],
} as const;
const slow = {
  data: slowData,
  execute: async ({ fail }) => {
    await delay(DEFER_AFTER_MS + 300);
    if (fail) throw new UserError('That did not work: try again with other words.');
    return { content: 'done, slowly' };
  },
} satisfies Command<typeof slowData>;

const brokenData = { name: 'broken', description: 'Throws a bug' } as const;
const broken = {
  data: brokenData,
  execute: () => {
    throw new TypeError('Cannot read properties of undefined (reading "secret internals")');
  },
} satisfies Command<typeof brokenData>;

let standIn: DiscordStandIn;
let bot: Awaited<ReturnType<typeof startTestBot>>;
beforeAll(async () => {
  standIn = await DiscordStandIn.start();
  bot = await startTestBot(standIn, { commands: [...commands, slow, broken] });
});
afterAll(async () => {
  await bot?.stop(0);
  await standIn?.close();
});

// The two slow cases wait out the deferral threshold side by side.
test.concurrent(
  'work that is not ready in time is deferred within the deadline, then edited in',
  async ({ expect }) => {
    const record = standIn.sendCommand('slow');
    const final = await record.finalReply;
    expect(record.callback?.type).toBe(5); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
    expect((record.callback?.at ?? Infinity) - record.dispatchedAt).toBeLessThan(PATIENCE_MS);
    expect(record.callback?.at ?? Infinity).toBeLessThan(final.at);
    expect(final.via).toBe('edit');
    expect(final.body.content).toBe('done, slowly');
  },
);

test.concurrent(
  "a user's mistake after a public deferral still reaches them privately",
  async ({ expect }) => {
    const record = standIn.sendCommand('slow', [{ name: 'fail', type: 5, value: true }]);
    const final = await record.finalReply;
    expect(final.via).toBe('followup');
    expect(final.body.flags).toBe(MessageFlags.Ephemeral);
    expect(final.body.content).toBe('That did not work: try again with other words.');
    expect(
      standIn.requests.some(
        (r) => r.method === 'DELETE' && r.path.endsWith(`${record.token}/messages/@original`),
      ),
    ).toBe(true);
  },
);

test('an unexpected error gets one generic private line; the details and context go to the log', async () => {
  const record = standIn.sendCommand('broken');
  const final = await record.finalReply;
  expect(final.body).toMatchObject({ content: GENERIC_ERROR_TEXT, flags: MessageFlags.Ephemeral });
  expect(final.body.content).not.toContain('secret internals');
  const logged = bot.log.lines.find((line) => line.includes('Interaction failed'));
  expect(logged).toContain('secret internals');
  expect(logged).toContain('"command":"broken"');
  expect(logged).toContain(`"interaction":"${record.id}"`);
  // The bot carries on.
  const next = await standIn.sendCommand('help').finalReply;
  expect(next.body.embeds?.length).toBe(1);
});
