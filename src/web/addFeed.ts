import { decodeWindows1252, encodingFor } from '../corpus/html/decodeHtml.js';
import { AddError } from './AddError.js';
import { addArticle, type AddContext, type AddedArticle } from './addArticle.js';
import { FetchError } from './FetchError.js';
import { fetchPage } from './fetchPage.js';
import { WebState } from './WebState.js';

/** New articles added from one feed in one go, at most; the rest wait for the next poll. */
export const DEFAULT_FEED_ITEM_LIMIT = 20;

/** What one read of a feed did. */
export interface FeedOutcome {
  readonly feedUrl: string;
  /** Items in the feed. */
  readonly items: number;
  readonly added: readonly AddedArticle[];
  /** Items that could not be added, and why (a transient failure is tried again on the next read). */
  readonly failed: readonly { readonly url: string; readonly reason: string }[];
  /** New items left for the next read because of the limit. */
  readonly deferred: number;
}

/**
 * Reads an RSS or Atom feed (fetched by the same safe fetcher as pages, then parsed with rss-parser's
 * `parseString`, which never fetches anything itself) and adds the articles it links that were not handled
 * before, one at a time, at most `limit`. Items are remembered by GUID (Atom: id), else link, once added or
 * once they fail for good, so an article deleted from the folder is not added again. Throws FetchError when the
 * feed itself cannot be fetched and AddError when it is not a feed.
 */
export async function addFeed(
  feedUrl: string,
  context: AddContext,
  limit = DEFAULT_FEED_ITEM_LIMIT,
): Promise<FeedOutcome> {
  const fetched = await fetchPage(feedUrl, { ...context.fetch, accept: 'feed' });
  const { default: Parser } = await import('rss-parser');
  let items: { guid?: string; id?: string; link?: string }[];
  try {
    items = (await new Parser().parseString(decodeXml(fetched.body, fetched.charset))).items;
  } catch (error) {
    throw new AddError(
      `${fetched.url} is not a readable RSS or Atom feed (${(error as Error).message.split('\n')[0]})`,
      'not-a-feed',
    );
  }
  const seenAtStart = await WebState.open(context.corpusDir, context.cacheDir);
  const fresh = items
    .map((item) => ({ key: item.guid ?? item.id ?? item.link, link: item.link }))
    .filter((item): item is { key: string; link: string | undefined } => Boolean(item.key))
    .filter((item) => !seenAtStart.hasSeen(feedUrl, item.key));

  const added: AddedArticle[] = [];
  const failed: { url: string; reason: string }[] = [];
  for (const item of fresh.slice(0, limit)) {
    let forget = true;
    if (!item.link) failed.push({ url: item.key, reason: 'the item links to no page' });
    else {
      try {
        added.push(await addArticle(new URL(item.link, fetched.url).href, context));
      } catch (error) {
        if (!(error instanceof FetchError) && !(error instanceof AddError)) throw error;
        failed.push({ url: item.link, reason: error.message });
        // A folder that cannot be written, or a site that is down, may work next time.
        forget = error instanceof FetchError ? !error.transient : error.kind !== 'not-writable';
      }
    }
    if (forget) {
      // Opened again: addArticle saved its own change to the state in the meantime.
      const state = await WebState.open(context.corpusDir, context.cacheDir);
      state.markSeen(feedUrl, item.key);
      await state.save();
    }
  }
  return { feedUrl, items: items.length, added, failed, deferred: Math.max(0, fresh.length - limit) };
}

/** A feed's text: BOM, then the HTTP charset, then the XML declaration's encoding, else UTF-8 (XML's default). */
function decodeXml(bytes: Buffer, httpCharset: string | undefined): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  const declared = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/.exec(
    bytes.subarray(0, 200).toString('latin1'),
  )?.[1];
  const encoding = encodingFor(httpCharset ?? declared ?? 'utf-8') ?? 'utf-8';
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}
