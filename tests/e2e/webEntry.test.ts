// `npm start` (src/bot.ts in its own process) with web articles: an .html page dropped into its folder is
// answered within seconds, and FEEDS are polled with one log line per poll.
import { copyFile, cp } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { tempDir } from '../support/fixtureCorpus.js';
import { startNewsServer, type NewsServer } from '../support/newsServer.js';
import { WEB_FIXTURES } from '../support/webFixtures.js';
import { DiscordStandIn } from '../../src/standin/DiscordStandIn.js';
import { ROOT, runEntry } from './runEntry.js';
import { TEST_TOKEN } from './startTestBot.js';
import { askFinal, eventually, quotedIds } from './replyProbes.js';

let standIn: DiscordStandIn;
let news: NewsServer;
let corpus: { dir: string; cleanup: () => Promise<void> };
let cache: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  [standIn, news, corpus, cache] = await Promise.all([
    DiscordStandIn.start(),
    startNewsServer(),
    tempDir('verbatim-web-entry-corpus-'),
    tempDir('verbatim-web-entry-cache-'),
  ]);
  await cp(join(ROOT, 'seeds'), corpus.dir, { recursive: true });
});
afterAll(async () => {
  await Promise.all([standIn?.close(), news?.close()]);
  await Promise.all([corpus?.cleanup(), cache?.cleanup()]);
});

test('the bot answers from a dropped .html page and adds the articles of its feeds', async () => {
  const bot = runEntry('src/bot.ts', {
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_URL: standIn.apiUrl,
    CORPUS_DIR: corpus.dir,
    INDEX_CACHE_DIR: join(cache.dir, 'index'),
    ASK_COOLDOWN_SECONDS: '0',
    ALLOW_PRIVATE_URLS: 'true',
    FEEDS: `${news.origin}/feeds/news.atom`,
  });
  try {
    await standIn.waitForSession();
    await copyFile(join(WEB_FIXTURES, 'amp.html'), join(corpus.dir, 'lighthouse.html'));
    await eventually(
      () => askFinal(standIn, 'How many steps did Edith Marsh climb?'),
      (body) => quotedIds(body).includes('lighthouse'),
      8000,
    );
    // The feed's one article (the ferry), added by the poller and picked up by the watcher.
    await eventually(
      () => askFinal(standIn, 'When did the ferry to the outer islands resume?'),
      (body) => quotedIds(body).includes('jsonld'),
      10_000,
    );
    expect(bot.output()).toMatch(/Feeds polled .*"polled":1.*"added":1/);
    expect(bot.output().match(/Feeds polled/g)).toHaveLength(1);
  } finally {
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }
});
