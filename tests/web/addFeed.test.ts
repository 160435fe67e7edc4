import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine/loadEngine.js';
import { addFeed } from '../../src/web/addFeed.js';
import { useWebFixtures } from '../support/useWebFixtures.js';

const web = useWebFixtures('verbatim-feed-');

const files = async (): Promise<string[]> => (await readdir(web.context.corpusDir)).sort();

describe('addFeed', () => {
  it('adds the articles an RSS 2.0 feed links, and says which items failed and why', async () => {
    const outcome = await addFeed(`${web.server.origin}/feeds/news.rss`, web.context);
    expect(outcome.items).toBe(4);
    expect(outcome.added.map((a) => a.title)).toEqual([
      'Harbour town votes to build a sea wall',
      'Lighthouse keeper retires after forty years',
    ]);
    expect(outcome.failed).toEqual([
      { url: `${web.server.origin}/news/front.html`, reason: expect.stringMatching(/has no article text/) },
      { url: `${web.server.origin}/news/gone.html`, reason: expect.stringMatching(/answered HTTP 404/) },
    ]);
    expect(await files()).toEqual(['harbour-town-votes-to-build-a-sea-wall.md', 'lighthouse.md']);
    const engine = await loadEngine(web.context.corpusDir);
    const result = engine.answer('How many steps does the lighthouse have?');
    expect(result.kind === 'found' && result.excerpts[0]?.quote).toContain('117 steps');
  });

  it('reads an Atom feed', async () => {
    const outcome = await addFeed(`${web.server.origin}/feeds/news.atom`, web.context);
    expect(outcome.added).toMatchObject([
      { title: 'Ferry service to the islands resumes', date: '2023-12-31' },
    ]);
  });

  it('remembers items: read again, it adds nothing, and an article deleted from the folder stays deleted', async () => {
    await addFeed(`${web.server.origin}/feeds/news.rss`, web.context);
    await rm(path.join(web.context.corpusDir, 'lighthouse.md'));
    const before = web.server.requests.length;
    const again = await addFeed(`${web.server.origin}/feeds/news.rss`, web.context);
    expect(again).toMatchObject({ items: 4, added: [], failed: [], deferred: 0 });
    // Only the feed itself was fetched.
    expect(web.server.requests.slice(before)).toEqual(['GET /feeds/news.rss']);
    expect(await files()).toEqual(['harbour-town-votes-to-build-a-sea-wall.md']);
  });

  it('adds at most `limit` new articles per read and leaves the rest for the next', async () => {
    const first = await addFeed(`${web.server.origin}/feeds/news.rss`, web.context, 1);
    expect(first).toMatchObject({ added: [{ id: 'harbour-town-votes-to-build-a-sea-wall' }], deferred: 3 });
    const second = await addFeed(`${web.server.origin}/feeds/news.rss`, web.context, 1);
    expect(second).toMatchObject({ added: [{ id: 'lighthouse' }], deferred: 2 });
  });

  it('refuses a feed that is not XML, and one that does not parse', async () => {
    await expect(addFeed(`${web.server.origin}/news/story.html`, web.context)).rejects.toThrow(
      /is text\/html, not a news feed/,
    );
    web.server.set('/feeds/broken.xml', {
      headers: { 'content-type': 'application/xml' },
      body: '<rss><channel><item>',
    });
    await expect(addFeed(`${web.server.origin}/feeds/broken.xml`, web.context)).rejects.toThrow(
      /is not a readable RSS or Atom feed/,
    );
  });
});
