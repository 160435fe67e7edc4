import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { ROOT } from '../e2e/runEntry.js';
import { makeCorpus, startPlayground } from './startPlayground.js';
import type { RunningPlayground } from './startPlayground.js';

/** Debian's Chromium (`apt-get install chromium`); nothing is downloaded. */
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
/** Screenshots for people to look at (git-ignored). */
const SHOTS = join(ROOT, 'test-artifacts', 'playground');
/** Generous waits for a busy 2-core machine; nothing here asserts a duration. */
const WAIT = { timeout: 30_000 };

if (!HAVE_CHROMIUM)
  console.warn(
    `Skipping the playground's browser test: no Chromium at ${CHROMIUM} (apt-get install chromium).`,
  );

test.runIf(process.env['CI'] === 'true')('CI has Chromium for the browser test', () => {
  expect(HAVE_CHROMIUM, `${CHROMIUM} is missing: .ci/run installs it with apt-get install chromium`).toBe(
    true,
  );
});

describe.skipIf(!HAVE_CHROMIUM)(
  `the playground in Chromium (skipped without ${CHROMIUM})`,
  { timeout: 90_000 },
  () => {
    let playground: RunningPlayground;
    let context: BrowserContext;
    let page: Page;
    let corpusDir: string;
    const requested: string[] = [];
    const origin = (): string => new URL(playground.url).origin;

    beforeAll(async () => {
      mkdirSync(SHOTS, { recursive: true });
      corpusDir = makeCorpus();
      playground = await startPlayground(corpusDir);
      context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'verbatim-chromium-')), {
        executablePath: CHROMIUM,
        headless: true,
        viewport: { width: 1400, height: 900 },
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-quic',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
        ],
      });
      page = context.pages()[0] ?? (await context.newPage());
      page.on('request', (request) => requested.push(request.url()));
      await page.goto(playground.url);
      await page.locator('#bot-state[data-state="running"]').waitFor(WAIT);
    }, 120_000);

    afterAll(async () => {
      await context?.close();
      playground?.child.kill('SIGINT');
      if (playground) await playground.exited;
    }, 30_000);

    /**
     * Types into the message box and presses Enter; resolves with the time it took for `until` to show. When it
     * never shows, the error carries the playground's last output (the bot's and the stand-in's log), so a
     * reply that failed says why: the mention test once timed out under a fully loaded CI run, with no trace.
     */
    async function send(text: string, until: () => Promise<unknown>): Promise<number> {
      await page.locator('#box').fill(text);
      const started = Date.now();
      await page.locator('#box').press('Enter');
      try {
        await until();
      } catch (error) {
        const log = playground.output().split('\n').slice(-40).join('\n');
        // What the page said (a refused request shows its reason there and gives the text back to the box).
        const shown = await page
          .locator('#error')
          .innerText()
          .catch(() => '(unreadable)');
        const box = await page
          .locator('#box')
          .inputValue()
          .catch(() => '(unreadable)');
        throw new Error(
          `${String(error)}\npage error: ${JSON.stringify(shown)}; box: ${JSON.stringify(box)}\nplayground output, last lines:\n${log}`,
          { cause: error },
        );
      }
      return Date.now() - started;
    }

    const lastBotMessage = () => page.locator('discord-message[author="Verbatim"]').last();

    /**
     * Presses Enter on what the box holds with its message's request held back, types `next` while it is held,
     * then lets it go: `whileHeld` runs before the release and returns what to check after it.
     */
    async function sendHeld(next: string, whileHeld: () => Promise<() => Promise<unknown>>): Promise<void> {
      let release!: () => void;
      const held = new Promise<void>((resolve) => (release = resolve));
      await page.route('**/api/message', async (route) => {
        await held;
        await route.continue();
      });
      try {
        await page.locator('#box').press('Enter');
        await expect.poll(() => page.locator('#box').inputValue()).toBe('');
        await page.locator('#box').fill(next);
        const check = await whileHeld();
        release();
        await check();
      } finally {
        // A request still held would hang every later test.
        release();
        await page.unroute('**/api/message');
      }
    }

    test('/ask + Enter shows the quote, bold matched words, and its source', async () => {
      const { articles } = await loadCorpus(corpusDir);
      const before = await page.locator('discord-message[author="Verbatim"]').count();
      const ms = await send('/ask How many troops has Russia amassed near Ukraine?', () =>
        page
          .locator('discord-message[author="Verbatim"]')
          .nth(before)
          .locator('discord-quote discord-bold')
          .first()
          .waitFor(WAIT),
      );
      console.log(`playground: /ask answered on the page ${ms} ms after Enter`);
      const answer = lastBotMessage();
      const text = (await answer.innerText()).toLowerCase();
      expect(text).toContain('troops');
      expect(articles.some((a) => text.includes(a.title.slice(0, 30).toLowerCase()))).toBe(true);
      await expect.poll(() => answer.locator('discord-command').count()).toBe(1); // "ada used /ask"
      await answer.screenshot({ path: join(SHOTS, 'answer.png') });
      await page.screenshot({ path: join(SHOTS, 'page.png') });
      await page.screenshot({
        path: join(SHOTS, 'page-top.png'),
        clip: { x: 0, y: 0, width: 1400, height: 440 },
      });
    });

    test('the articles panel follows the folder', async () => {
      writeFileSync(
        join(corpusDir, 'harvest.txt'),
        'Harvest festival report\n\nThe harvest festival drew a record crowd.\n',
      );
      await page.locator('#corpus li', { hasText: 'Harvest festival report' }).waitFor(WAIT);
    });

    test('/ask chosen from the / menu, with its question option filled in, asks too', async () => {
      const before = await page.locator('discord-message[author="Verbatim"]').count();
      await page.locator('#box').fill('/as');
      await page.locator('#menu li[data-command="ask"]').click();
      await page.locator('[data-option="question"]').fill('How many troops has Russia amassed near Ukraine?');
      await page.locator('[data-option="question"]').press('Enter');
      await page
        .locator('discord-message[author="Verbatim"]')
        .nth(before)
        .locator('discord-quote')
        .first()
        .waitFor(WAIT);
    });

    test('/sources from the / menu pages with its buttons, also after the bot restarts', async () => {
      await page.locator('#box').fill('/sour');
      await page.locator('#menu li[data-command="sources"]').click();
      await page.locator('[data-option="page"]').press('Enter');
      const list = lastBotMessage();
      await list.getByText('Page 1 of 2').waitFor(WAIT);
      await list.locator('discord-button', { hasText: 'Next' }).click();
      await list.getByText('Page 2 of 2').waitFor(WAIT);
      await page.screenshot({ path: join(SHOTS, 'sources-page-2.png') });

      await page.locator('#restart').click();
      await page.locator('#bot-state[data-state="restarting"]').waitFor(WAIT);
      await page.locator('#bot-state[data-state="running"]').waitFor(WAIT);
      await list.locator('discord-button', { hasText: 'Previous' }).click();
      await list.getByText('Page 1 of 2').waitFor(WAIT);
    });

    test('/source suggests articles as one types the id', async () => {
      await page.locator('#box').fill('/source');
      await page.locator('#menu li[data-command="source"]').click();
      await page.locator('[data-option="id"]').fill('fair-1');
      // The bot's suggestions for what was typed (focusing the field first lists every article).
      const suggestion = page.locator('#suggestions li', { hasText: 'fair number 1' }).first();
      await suggestion.waitFor(WAIT);
      await page.screenshot({ path: join(SHOTS, 'autocomplete.png') });
      await suggestion.click();
      await page.locator('[data-option="id"]').press('Enter');
      await lastBotMessage().getByText('Village fair number 1').first().waitFor(WAIT);
    });

    test('a message mentioning @Verbatim gets a reply shown as a reply to it', async () => {
      await send('@Verbatim How many troops has Russia amassed near Ukraine?', () =>
        lastBotMessage().locator('discord-reply').waitFor(WAIT),
      );
      expect(await lastBotMessage().locator('discord-reply').innerText()).toContain(
        '@Verbatim How many troops',
      );
      await lastBotMessage().locator('discord-quote').first().waitFor(WAIT);
      await page.screenshot({ path: join(SHOTS, 'mention.png') });
    });

    test('what one types while a message is on its way is kept, and one the bot refuses is given back', async () => {
      // The message's request is held so that the reply can only come after the user has typed again, as it can
      // on a busy machine: the box once was cleared when the request returned, wiping the new text.
      await page.locator('#box').fill('@Verbatim How many troops has Russia amassed near Ukraine?');
      await sendHeld('a question still being typed', async () => {
        const answered = page.waitForResponse('**/api/message');
        return async () => expect((await answered).ok()).toBe(true);
      });
      await lastBotMessage().locator('discord-reply').waitFor(WAIT);
      expect(await page.locator('#box').inputValue()).toBe('a question still being typed');

      const tooLong = `@Verbatim ${'word '.repeat(420)}`.trim();
      await page.locator('#box').fill(tooLong);
      await page.locator('#box').press('Enter');
      await expect
        .poll(() => page.locator('#error').innerText())
        .toContain(`1 to 2,000 characters (this one is ${tooLong.length.toLocaleString('en')})`);
      expect(await page.locator('#box').inputValue()).toBe(tooLong);
      await page.screenshot({
        path: join(SHOTS, 'refused.png'),
        clip: { x: 0, y: 600, width: 1400, height: 300 },
      });

      // Refused after the user typed again: the new text stays, and the error shows what was not sent.
      await sendHeld('typed meanwhile', () =>
        Promise.resolve(() =>
          expect.poll(() => page.locator('#error').innerText()).toContain('(not sent: @Verbatim word word'),
        ),
      );
      expect(await page.locator('#box').inputValue()).toBe('typed meanwhile');
      await page.locator('#box').fill('');
    });

    test('a private reply is marked as such and shown only to the one who asked', async () => {
      await send('/status', () => lastBotMessage().getByText('Only you can see this').waitFor(WAIT));
      const id = await lastBotMessage().getAttribute('data-id');
      await page.screenshot({ path: join(SHOTS, 'private.png') });
      await page.locator('#user').selectOption({ label: 'ben' });
      await expect.poll(() => page.locator(`discord-message[data-id="${id}"]`).isVisible()).toBe(false);
      await page.locator('#user').selectOption({ label: 'ada' });
      await expect.poll(() => page.locator(`discord-message[data-id="${id}"]`).isVisible()).toBe(true);
    });

    test('only the member with Manage Server sees /reload', async () => {
      await page.locator('#box').fill('/re');
      await expect.poll(() => page.locator('#menu li[data-command="reload"]').count()).toBe(0);
      await page.locator('#box').fill('');
      await page.locator('#user').selectOption({ label: 'mod (Manage Server)' });
      await page.locator('#box').fill('/re');
      await page.locator('#menu li[data-command="reload"]').waitFor(WAIT);
      await page.locator('#box').fill('');
      await page.locator('#user').selectOption({ label: 'ada' });
    });

    test('the page requested nothing but its own server', () => {
      expect(requested.length).toBeGreaterThan(0);
      expect(requested.filter((url) => !url.startsWith(`${origin()}/`))).toEqual([]);
    });
  },
);
