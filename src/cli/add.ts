// `npm run add -- <url> [<url> ...]`: fetches web pages and writes their articles into CORPUS_DIR.
// `npm run add -- --feed <url>`: adds the articles of an RSS or Atom feed that were not added before.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/loadConfig.js';
import { AddError } from '../web/AddError.js';
import { addArticle, type AddContext, type AddedArticle } from '../web/addArticle.js';
import { addFeed } from '../web/addFeed.js';
import { FetchError } from '../web/FetchError.js';
import { loadEnvironment, runCli } from './loadCliEngine.js';

const USAGE = `Usage: npm run add -- <url> [<url> ...]
       npm run add -- --feed <feed-url> [--feed <feed-url> ...]
Fetches each page, extracts its article and writes it into CORPUS_DIR as Markdown (adding a page again
updates its file). Loopback and private addresses are refused unless ALLOW_PRIVATE_URLS=true.`;

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      options: { feed: { type: 'string', multiple: true }, help: { type: 'boolean' } },
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const feeds = parsed.values.feed ?? [];
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (parsed.positionals.length === 0 && feeds.length === 0) {
    process.stderr.write(`No URL given.\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig(loadEnvironment());
  const context: AddContext = {
    corpusDir: config.CORPUS_DIR,
    cacheDir: config.INDEX_CACHE_DIR,
    fetch: { allowPrivate: config.ALLOW_PRIVATE_URLS },
  };
  let failures = 0;
  const fail = (url: string, error: unknown): void => {
    if (!(error instanceof FetchError) && !(error instanceof AddError)) throw error;
    failures += 1;
    // Most messages name the URL already.
    process.stderr.write(`error: ${error.message.includes(url) ? '' : `${url}: `}${error.message}\n`);
  };
  for (const url of parsed.positionals) {
    try {
      process.stdout.write(`${describeAdded(await addArticle(url, context))}\n`);
    } catch (error) {
      fail(url, error);
    }
  }
  for (const feedUrl of feeds) {
    try {
      const outcome = await addFeed(feedUrl, context);
      for (const article of outcome.added) process.stdout.write(`${describeAdded(article)}\n`);
      for (const item of outcome.failed) {
        process.stderr.write(
          `warning: ${item.reason.includes(item.url) ? '' : `${item.url}: `}${item.reason}\n`,
        );
      }
      const written = outcome.added.filter((article) => article.status !== 'unchanged').length;
      process.stdout.write(
        `${feedUrl}: ${outcome.items} items, ${written} new or updated, ${outcome.failed.length} failed${outcome.deferred > 0 ? `, ${outcome.deferred} left for the next run` : ''}\n`,
      );
    } catch (error) {
      fail(feedUrl, error);
    }
  }
  return failures > 0 ? 1 : 0;
});

/** `added  harbour-sea-wall  Harbour town votes … (2024-03-01)` */
function describeAdded(article: AddedArticle): string {
  return `${article.status}\t${article.id}\t${article.title} (${article.date ?? 'undated'})`;
}
