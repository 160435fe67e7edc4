import { afterAll, beforeAll, expect, test } from 'vitest';
import { DiscordStandIn } from '../../src/standin/DiscordStandIn.js';
import type { InteractionRecord } from '../../src/standin/DiscordStandIn.js';
import { MANAGE_GUILD, MEMBER_PERMISSIONS } from '../../src/standin/payloads.js';
import { WebSocket } from 'ws';

const EPHEMERAL = 64;
let standIn: DiscordStandIn;
let gateway: WebSocket;

beforeAll(async () => {
  standIn = await DiscordStandIn.start();
  // A bare gateway client, so the stand-in can dispatch; the tests answer as the bot would.
  gateway = new WebSocket(standIn.gatewayUrl);
  gateway.on('open', () => gateway.send(JSON.stringify({ op: 2, d: { token: 't', intents: 0 } })));
  await standIn.waitForSession();
});
afterAll(async () => {
  gateway.terminate();
  await standIn.close();
});

async function call(method: string, path: string, body?: unknown) {
  return fetch(`${standIn.apiUrl}/v10${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: 'Bot t' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}
const callback = (r: InteractionRecord, body: unknown) =>
  call('POST', `/interactions/${r.id}/${r.token}/callback`, body);

test('a deferred reply is "thinking" until it is edited; a private one is for its user only', async () => {
  const record = standIn.sendCommand('ask', [], '440000000000000001');
  expect((await callback(record, { type: 5, data: { flags: EPHEMERAL } })).status).toBe(204);
  const message = standIn.channel.get(record.messageId ?? '');
  expect(message).toMatchObject({
    thinking: true,
    ephemeralFor: '440000000000000001',
    interaction: { name: 'ask' },
  });
  const edit = await call('PATCH', `/webhooks/${standIn.applicationId}/${record.token}/messages/@original`, {
    content: 'done',
    allowed_mentions: { parse: [] },
  });
  expect(edit.status).toBe(200);
  expect(standIn.channel.get(record.messageId ?? '')).toMatchObject({
    thinking: false,
    body: { content: 'done' },
  });
  expect((await callback(record, { type: 4, data: { content: 'again' } })).status).toBe(400); // 40060
});

test('a reply to a mention is kept as a reply; one to an unknown message is refused', async () => {
  const asked = standIn.sendMessage(`<@${standIn.botId}> hello?`, '440000000000000002');
  const reply = await call('POST', `/channels/${standIn.channelId}/messages`, {
    content: 'hi',
    message_reference: { message_id: asked },
  });
  const { id } = (await reply.json()) as { id: string };
  expect(standIn.channel.get(id)?.replyTo).toBe(asked);
  const orphan = await call('POST', `/channels/${standIn.channelId}/messages`, {
    content: 'hi',
    message_reference: { message_id: '1' },
  });
  expect(orphan.status).toBe(400);
});

test('default_member_permissions: only a member with the permission may run the command', async () => {
  standIn.roster.addUser({ id: '440000000000000003', username: 'member', permissions: MEMBER_PERMISSIONS });
  standIn.roster.addUser({
    id: '440000000000000004',
    username: 'mod',
    permissions: MEMBER_PERMISSIONS | MANAGE_GUILD,
  });
  await call('PUT', `/applications/${standIn.applicationId}/guilds/${standIn.guildId}/commands`, [
    { name: 'reload', description: 'Re-read', default_member_permissions: String(MANAGE_GUILD) },
    { name: 'help', description: 'Help' },
  ]);
  const reload = standIn.roster.registeredCommands().find((c) => c.name === 'reload')!;
  expect(standIn.roster.mayUse(reload, '440000000000000003')).toBe(false);
  expect(() => standIn.sendCommand('reload', [], '440000000000000003')).toThrow(/may not use \/reload/);
  expect(standIn.sendCommand('reload', [], '440000000000000004').commandName).toBe('reload');
});
