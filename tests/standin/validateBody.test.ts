import { afterAll, beforeAll, expect, test } from 'vitest';
import { DiscordStandIn } from '../../src/standin/DiscordStandIn.js';

let standIn: DiscordStandIn;
beforeAll(async () => {
  standIn = await DiscordStandIn.start();
});
afterAll(() => standIn.close());

async function post(
  path: string,
  body: unknown,
  method = 'POST',
): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`${standIn.apiUrl}/v10${path}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: 'Bot test' },
    body: JSON.stringify(body),
  });
  return { status: response.status, json: response.status === 204 ? undefined : await response.json() };
}

test('a reply Discord would refuse gets its 400, code 50035, naming the failing field', async () => {
  const answer = await post(`/channels/${standIn.channelId}/messages`, {
    content: 'fine',
    embeds: [{ title: 'ok', description: 'y'.repeat(4097) }],
  });
  expect(answer.status).toBe(400);
  expect(answer.json).toEqual({
    code: 50035,
    message: 'Invalid Form Body',
    errors: {
      embeds: {
        '0': {
          description: {
            _errors: [{ code: 'BASE_TYPE_MAX_LENGTH', message: 'Must be 4096 or fewer in length.' }],
          },
        },
      },
    },
  });
});

test('an interaction callback is checked against the callback type it names', async () => {
  // An autocomplete answer (type 8) with an empty choice name, to an interaction the stand-in never sent.
  const answer = await post('/interactions/1/token/callback', {
    type: 8,
    data: { choices: [{ name: '', value: 'a' }] },
  });
  expect(answer.status).toBe(400);
  expect(answer.json).toMatchObject({ code: 50035, errors: { data: { choices: { '0': { name: {} } } } } });
  // A valid body reaches the route, which does not know the interaction: Discord's 404.
  const valid = await post('/interactions/1/token/callback', {
    type: 8,
    data: { choices: [{ name: 'a', value: 'a' }] },
  });
  expect(valid).toEqual({ status: 404, json: { message: 'Unknown interaction', code: 10062 } });
});

test('commands are registered as sent, permission bitfields as strings included', async () => {
  const commands = [{ name: 'reload', description: 'Re-read', default_member_permissions: '32' }];
  const answer = await post(
    `/applications/${standIn.applicationId}/guilds/${standIn.guildId}/commands`,
    commands,
    'PUT',
  );
  expect(answer.status).toBe(200);
  expect(standIn.roster.registeredCommands().map((c) => c.name)).toEqual(['reload']);
  const missing = await post(
    `/applications/${standIn.applicationId}/commands`,
    [{ name: 'x'.repeat(33), description: 'd' }],
    'PUT',
  );
  expect(missing.json).toMatchObject({
    code: 50035,
    errors: { '0': { name: { _errors: [{ code: 'BASE_TYPE_MAX_LENGTH' }] } } },
  });
});

test('a request from a web page (Origin header) or for another host name is refused', async () => {
  const fromPage = await fetch(`${standIn.apiUrl}/v10/gateway/bot`, {
    headers: { origin: 'http://evil.example' },
  });
  expect(fromPage.status).toBe(403);
  expect((await fetch(`${standIn.apiUrl}/v10/gateway/bot`)).status).toBe(200);
});
