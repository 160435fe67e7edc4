import { request } from 'node:http';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeCorpus, startPlayground } from './startPlayground.js';
import type { RunningPlayground } from './startPlayground.js';

/** A token as a developer's .env would hold it: it must never leave the playground process. */
const REAL_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.real-token.never-to-be-sent-anywhere';

let playground: RunningPlayground;
let origin: string;
let token: string;

beforeAll(async () => {
  const corpus = makeCorpus();
  playground = await startPlayground(corpus, {
    DISCORD_TOKEN: REAL_TOKEN,
    DISCORD_API_URL: 'http://192.0.2.1/api',
  });
  const url = new URL(playground.url);
  origin = url.origin;
  token = url.searchParams.get('token') ?? '';
}, 60_000);

afterAll(async () => {
  playground?.child.kill('SIGINT');
  if (playground) await playground.exited;
});

/** The page's first event: a snapshot of the channel, inspector, corpus panel and bot state. */
async function snapshot(): Promise<string> {
  const response = await fetch(`${origin}/api/events`, { headers: { 'x-playground-token': token } });
  const reader = response.body!.getReader();
  let text = '';
  while (!text.includes('\n\n')) text += new TextDecoder().decode((await reader.read()).value);
  await reader.cancel();
  return text;
}

test('the page and its API need the printed token, this host and this origin', async () => {
  expect((await fetch(`${origin}/`)).status).toBe(401);
  expect((await fetch(`${origin}/?token=wrong`)).status).toBe(401);
  const page = await fetch(`${origin}/?token=${token}`);
  expect(page.status).toBe(200);
  expect(page.headers.get('set-cookie')).toContain('SameSite=Strict');
  expect(page.headers.get('content-security-policy')).toContain("default-src 'self'");
  // Another site's page calling the API, and a rebound host name, are refused even with the token.
  const crossSite = await fetch(`${origin}/api/message`, {
    method: 'POST',
    headers: {
      origin: 'http://evil.example',
      'x-playground-token': token,
      'content-type': 'application/json',
    },
    body: JSON.stringify({ user: '440000000000000001', content: 'hi' }),
  });
  expect(crossSite.status).toBe(403);
  // fetch cannot set Host, so a plain request stands for a browser that resolved evil.example to 127.0.0.1.
  const rebound = await new Promise<number | undefined>((resolve, reject) => {
    const headers = { host: `evil.example:${new URL(origin).port}` };
    const req = request(`${origin}/?token=${token}`, { headers }, (res) => {
      res.resume();
      resolve(res.statusCode);
    });
    req.on('error', reject);
    req.end();
  });
  expect(rebound).toBe(403);
});

test('a real DISCORD_TOKEN and DISCORD_API_URL are ignored: never printed, never sent, never shown', async () => {
  await expect
    .poll(() => snapshot().then((s) => s.includes('"bot":"running"')), { timeout: 30_000 })
    .toBe(true);
  const shown = await snapshot();
  expect(shown).toContain('"method":"PUT","path":"/applications/'); // commands registered with the stand-in
  expect(shown).not.toContain(REAL_TOKEN);
  expect(playground.output()).not.toContain(REAL_TOKEN);
  expect(playground.output()).not.toContain('192.0.2.1');
});
