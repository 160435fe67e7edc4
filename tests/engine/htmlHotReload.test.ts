// An .html page dropped into the folder of a running bot: the production watcher, debounce and index worker.
import { copyFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { afterAll, expect, test } from 'vitest';
import { LiveEngine } from '../../src/engine/LiveEngine.js';
import { tempDir } from '../support/fixtureCorpus.js';
import { WEB_FIXTURES } from '../support/webFixtures.js';

/** "Within a few seconds": the bound for a dropped page to reach answers. */
const WITHIN_MS = 8000;

const { dir, cleanup } = await tempDir('verbatim-html-live-');
const cache = await tempDir('verbatim-html-live-cache-');
let live: LiveEngine | undefined;
afterAll(async () => {
  await live?.close();
  await cleanup();
  await cache.cleanup();
});

test('an .html page copied into the watched folder is quoted within a few seconds', async () => {
  await writeFile(
    path.join(dir, 'tides.txt'),
    'Tide tables\n\nHigh tide at Port Ellery is at 6.40 am on Saturday.\n',
  );
  live = await LiveEngine.start(dir, { cacheDir: cache.dir });
  const question = 'How much will the sea wall cost?';
  const quoted = (): string[] => {
    const result = live?.current.answer(question);
    return result?.kind === 'found' ? result.excerpts.map((e) => e.sourceId) : [];
  };
  expect(quoted()).not.toContain('sea-wall');
  // As a browser's "Save page" or a sync tool does: written under another name, then renamed into place.
  await copyFile(path.join(WEB_FIXTURES, 'story.html'), path.join(dir, 'sea-wall.html.part'));
  await rename(path.join(dir, 'sea-wall.html.part'), path.join(dir, 'sea-wall.html'));
  const started = Date.now();
  while (!quoted().includes('sea-wall')) {
    if (Date.now() - started > WITHIN_MS)
      throw new Error(`not answered from the page within ${WITHIN_MS} ms`);
    await delay(50);
  }
  const result = live.current.answer(question);
  expect(result.kind === 'found' && result.excerpts[0]?.quote).toContain('£12.5 million');
});
