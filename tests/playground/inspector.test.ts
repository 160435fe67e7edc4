import { afterAll, beforeAll, expect, test } from 'vitest';
import { Playground } from '../../src/playground/Playground.js';
import type { PageEvent } from '../../src/playground/Playground.js';
import { DiscordStandIn } from '../../src/standin/DiscordStandIn.js';

let standIn: DiscordStandIn;
let playground: Playground;
const events: PageEvent[] = [];

beforeAll(async () => {
  standIn = await DiscordStandIn.start();
  playground = new Playground(standIn);
  playground.subscribe((event) => events.push(event));
});
afterAll(() => standIn.close());

test('the inspector shows a body the spec refuses, with the reason Discord would give', async () => {
  await fetch(`${standIn.apiUrl}/v10/channels/${standIn.channelId}/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: 'Bot t' },
    body: JSON.stringify({ embeds: [{ title: 't'.repeat(257) }] }),
  });
  const entry = events.find((e) => e.type === 'inspector')?.data as Record<string, unknown>;
  expect(entry).toMatchObject({ kind: 'rest', method: 'POST', status: 400 });
  expect(entry['rejection']).toMatchObject({ code: 50035, errors: { embeds: { '0': { title: {} } } } });
  expect(JSON.stringify(entry['request'])).toContain('ttt');
});

test('an unknown user or an empty message from the page is refused with a clear message', () => {
  expect(() => playground.commandsFor('nobody')).toThrow(/Unknown user/);
  expect(() => playground.postMessage('440000000000000001', '')).toThrow(/1 to 2,000/);
});
