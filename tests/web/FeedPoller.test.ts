import { readdir } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { FeedPoller, type PollSummary } from '../../src/web/FeedPoller.js';
import { useWebFixtures } from '../support/useWebFixtures.js';

const web = useWebFixtures('verbatim-poller-');
let poller: FeedPoller | undefined;
afterEach(async () => {
  await poller?.close();
  poller = undefined;
});

function makePoller(
  feeds: string[],
  itemsPerPoll: number,
  onPoll: (summary: PollSummary) => void = () => undefined,
): FeedPoller {
  poller = new FeedPoller({
    feeds,
    intervalMs: 60_000,
    context: web.context,
    onPoll,
    onError: (error) => {
      throw error;
    },
    itemsPerPoll,
    firstPollDelayMs: 0,
  });
  return poller;
}

describe('FeedPoller', () => {
  it('adds at most the cap of new articles per poll, across feeds, and the rest on later polls', async () => {
    const feeds = [`${web.server.origin}/feeds/news.rss`, `${web.server.origin}/feeds/news.atom`];
    const p = makePoller(feeds, 2);
    expect(await p.poll()).toMatchObject({
      polled: 2,
      added: 2,
      failedItems: 0,
      deferred: 3,
      feedErrors: [],
    });
    expect(await p.poll()).toMatchObject({ added: 0, failedItems: 2, deferred: 1 });
    expect(await p.poll()).toMatchObject({ added: 1, deferred: 0 });
    expect((await readdir(web.context.corpusDir)).length).toBe(3);
  });

  it('backs off a feed that fails: skipped for 1 poll after one failure, 3 after two', async () => {
    const p = makePoller([`${web.server.origin}/feeds/missing.rss`], 20);
    const polled = [];
    for (let i = 0; i < 7; i++) polled.push((await p.poll()).polled);
    expect(polled).toEqual([1, 0, 1, 0, 0, 0, 1]);
    const before = web.server.requests.length;
    await p.poll();
    expect(web.server.requests.length - before).toBe(0);
  });

  it('reports a feed error with its reason', async () => {
    const summary = await makePoller([`${web.server.origin}/feeds/missing.rss`], 20).poll();
    expect(summary.feedErrors).toEqual([
      { feedUrl: `${web.server.origin}/feeds/missing.rss`, reason: expect.stringMatching(/HTTP 404/) },
    ]);
  });

  it('polls on its own once started, one summary per poll', async () => {
    const summaries: PollSummary[] = [];
    let resolveFirst: () => void = () => undefined;
    const first = new Promise<void>((resolve) => (resolveFirst = resolve));
    makePoller([`${web.server.origin}/feeds/news.atom`], 20, (summary) => {
      summaries.push(summary);
      resolveFirst();
    }).start();
    await first;
    expect(summaries).toMatchObject([{ polled: 1, added: 1 }]);
  });
});
