// `/add` through the real discord.js client against the loopback Discord stand-in, fetching from the loopback
// news server; the bot's live engine picks the new file up and /ask quotes it.
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { MessageFlags } from 'discord.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LiveEngine } from '../../src/engine/LiveEngine.js';
import type { AddContext } from '../../src/web/addArticle.js';
import { tempDir } from '../support/fixtureCorpus.js';
import { startNewsServer, type NewsServer } from '../support/newsServer.js';
import { quotedText } from '../support/plainText.js';
import { webFixture } from '../support/webFixtures.js';
import { DiscordStandIn } from '../../src/standin/DiscordStandIn.js';
import { startTestBot } from './startTestBot.js';

const STRING = 3;
/** "Within a few seconds": a page added by /add must be quotable by then. */
const WITHIN_MS = 10_000;

let standIn: DiscordStandIn;
let news: NewsServer;
let live: LiveEngine;
let bot: Awaited<ReturnType<typeof startTestBot>>;
let web: { allowPrivate: boolean };
let cleanup: () => Promise<void>;

beforeAll(async () => {
  let root: string;
  ({ dir: root, cleanup } = await tempDir('verbatim-e2e-add-'));
  const corpusDir = path.join(root, 'corpus');
  await mkdir(corpusDir);
  [standIn, news] = await Promise.all([DiscordStandIn.start(), startNewsServer()]);
  const cacheDir = path.join(root, 'cache', 'index');
  live = await LiveEngine.start(corpusDir, { cacheDir, debounceMs: 100 });
  // A mutable fetch setting, so one bot can show both ALLOW_PRIVATE_URLS=true and its default.
  web = { allowPrivate: true };
  const context: AddContext = {
    corpusDir,
    cacheDir,
    get fetch() {
      return { allowPrivate: web.allowPrivate };
    },
  };
  bot = await startTestBot(standIn, { engine: live, web: context });
});

afterAll(async () => {
  await bot?.stop(0);
  await live?.close();
  await Promise.all([standIn?.close(), news?.close()]);
  await cleanup?.();
});

async function add(url: string) {
  const record = standIn.sendCommand('add', [{ name: 'url', type: STRING, value: url }]);
  return { record, body: (await record.finalReply).body };
}

describe('/add', () => {
  test('adds the article, replies privately with its id, title and date, and /ask then quotes it', async () => {
    const { body } = await add(`${news.origin}/news/story.html`);
    expect(body.flags).toBe(MessageFlags.Ephemeral);
    expect(body.content).toBe(
      'Added **Harbour town votes to build a sea wall** (2024-03-01) as `harbour-town-votes-to-build-a-sea-wall`. It can be quoted within a few seconds.',
    );
    expect(body.allowed_mentions).toMatchObject({ parse: [] });

    const started = Date.now();
    while (!live.current.getArticle('harbour-town-votes-to-build-a-sea-wall')) {
      if (Date.now() - started > WITHIN_MS) throw new Error('the added article was not picked up');
      await delay(50);
    }
    const answer = (
      await standIn.sendCommand('ask', [
        { name: 'question', type: STRING, value: 'How much will the sea wall cost?' },
      ]).finalReply
    ).body;
    const quote = quotedText(answer.embeds?.[0]?.description ?? '');
    expect(quote).toContain('£12.5 million');
    expect(live.current.getArticle('harbour-town-votes-to-build-a-sea-wall')?.text).toContain(quote);
  });

  test('defers the reply when the site is slow, then edits in the result, privately', async () => {
    news.set('/news/slow-ferry.html', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: webFixture('jsonld.html'),
      delayMs: 2500,
    });
    const { record, body } = await add(`${news.origin}/news/slow-ferry.html`);
    // 5: "deferred channel message with source", sent before Discord's 3-second deadline.
    expect(record.callback?.type).toBe(5);
    expect(record.callback?.data?.flags).toBe(MessageFlags.Ephemeral);
    expect(body.content).toMatch(
      /^Added \*\*Ferry service to the islands resumes\*\* \(2023-12-31\) as `slow-ferry`/,
    );
  });

  test('says why a page cannot be added: a 404, a PDF, a page with no article', async () => {
    expect((await add(`${news.origin}/news/gone.html`)).body.content).toMatch(
      /^Could not add that page: .*answered HTTP 404/,
    );
    expect((await add(`${news.origin}/report.pdf`)).body.content).toMatch(/application\/pdf, not a web page/);
    expect((await add(`${news.origin}/news/front.html`)).body.content).toMatch(/has no article text/);
  });

  test('refuses a loopback address by default, without sending it a request', async () => {
    web.allowPrivate = false;
    try {
      const before = news.requests.length;
      const { body } = await add(`${news.origin}/news/amp.html`);
      expect(body.flags).toBe(MessageFlags.Ephemeral);
      expect(body.content).toMatch(
        /^Could not add that page: Refused .*127\.0\.0\.1 is not a public address/,
      );
      expect(news.requests.length).toBe(before);
    } finally {
      web.allowPrivate = true;
    }
  });
});
