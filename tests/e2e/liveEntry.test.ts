// `npm start` (src/bot.ts in its own process) over a corpus folder that changes and then vanishes: the
// change is answered without a restart, and the vanished folder is logged while the last good index answers.
import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import { tempDir } from '../support/fixtureCorpus.js';
import { PATIENCE_MS, SLOW_TEST_TIMEOUT_MS } from '../support/patience.js';
import { DiscordStandIn } from '../../src/standin/DiscordStandIn.js';
import { ROOT, runEntry } from './runEntry.js';
import { TEST_TOKEN } from './startTestBot.js';
import { askFinal, eventually, quotedIds } from './replyProbes.js';

// These tests start Node processes with tsx: slow on a busy machine (see SLOW_TEST_TIMEOUT_MS).
vi.setConfig({ testTimeout: SLOW_TEST_TIMEOUT_MS, hookTimeout: SLOW_TEST_TIMEOUT_MS });

let standIn: DiscordStandIn;
let corpus: { dir: string; cleanup: () => Promise<void> };
beforeAll(async () => {
  standIn = await DiscordStandIn.start();
  corpus = await tempDir('verbatim-entry-corpus-');
  await cp(join(ROOT, 'seeds'), corpus.dir, { recursive: true });
});
afterAll(async () => {
  await standIn?.close();
  await corpus?.cleanup();
});

test('the bot process picks up a new article, survives its folder vanishing, and says why in the log', async () => {
  const bot = runEntry('src/bot.ts', {
    DISCORD_TOKEN: TEST_TOKEN,
    DISCORD_API_URL: standIn.apiUrl,
    CORPUS_DIR: corpus.dir,
    ASK_COOLDOWN_SECONDS: '0',
  });
  try {
    await standIn.waitForSession();
    await writeFile(
      join(corpus.dir, 'zebra.txt'),
      'The Zebrafish Council\n\nThe zebrafish council approved a budget of 400 million dollars on Monday.\n',
    );
    // The production debounce (500 ms) plus a rebuild in a worker: "within a few seconds" (here well under 2 s).
    await eventually(
      () => askFinal(standIn, 'How much did the zebrafish council approve?'),
      (body) => quotedIds(body).includes('zebra'),
      PATIENCE_MS,
    );
    expect(bot.output()).toMatch(/Corpus reloaded .*"added":1/);
    // The new index was built in a worker thread, as it should be under `npm start`.
    expect(bot.output()).not.toContain('Could not build the index in a worker thread');

    await rm(corpus.dir, { recursive: true, force: true });
    await eventually(
      () => Promise.resolve(bot.output()),
      (output) => output.includes('Corpus reload failed; still answering from the last good index'),
      PATIENCE_MS,
    );
    expect(bot.output()).toContain(`Cannot read corpus folder ${corpus.dir}`);
    const body = await askFinal(standIn, 'How many troops did Russia assemble?');
    expect(quotedIds(body)).toContain('004_07e4d072f0fa54a3');
    expect(bot.output()).not.toContain(TEST_TOKEN);
  } finally {
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
  }
});
