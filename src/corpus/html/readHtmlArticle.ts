import { createHash } from 'node:crypto';
import type { Article } from '../Article.js';
import { titleFromWords } from '../titleFromWords.js';
import { decodeHtml } from './decodeHtml.js';
import { NO_ARTICLE_TEXT } from './noArticleText.js';
import { extractHtmlArticle, type HtmlArticle } from './extractHtmlArticle.js';

/** An article with fewer characters of text than this is not one (an index page, an error page, a paywall). */
export const MIN_ARTICLE_CHARS = 80;

/** A page to read: its bytes, and what fetching it said about them. */
export interface HtmlArticleInput {
  readonly id: string;
  readonly path: string;
  readonly bytes: Uint8Array;
  /** The charset of the HTTP Content-Type header, for a fetched page. */
  readonly httpCharset?: string | undefined;
  /** The address the page was fetched from, to resolve a relative canonical link. */
  readonly baseUrl?: string | undefined;
}

/** A page that is an article. */
export interface HtmlArticleFound {
  readonly kind: 'article';
  readonly article: Article;
  /** True when the page declares no charset and is not valid UTF-8, so windows-1252 was a guess. */
  readonly guessedEncoding: boolean;
}

/** A page read as an article, or why it cannot be one. */
export type HtmlArticleResult = HtmlArticleFound | { readonly kind: 'skip'; readonly reason: string };

/**
 * Reads an HTML page as an article: decoded by the WHATWG rules (decodeHtml.ts), its main text extracted
 * (extractHtmlArticle.ts). The article's `text` is that text, paragraphs separated by blank lines, so every
 * quote is a slice of what Verbatim extracted; the title, date, URL and author come from the page's metadata.
 */
export function readHtmlArticle(input: HtmlArticleInput): HtmlArticleResult {
  if (input.bytes.length === 0) return { kind: 'skip', reason: 'empty file' };
  // Every rebuild re-reads the folder; a page whose bytes did not change is not extracted again.
  const key = createHash('sha256')
    .update(`${input.httpCharset ?? ''}\0${input.baseUrl ?? ''}\0`)
    .update(input.bytes)
    .digest('hex');
  let result = memo.get(key);
  if (!result) {
    result = extract(input);
    memo.set(key, result);
    // Oldest first: a Map iterates in insertion order.
    if (memo.size > MEMO_ENTRIES) memo.delete(memo.keys().next().value as string);
  }
  return result.kind === 'skip'
    ? result
    : { ...result, article: { ...result.article, id: input.id, path: input.path } };
}

/**
 * Pages remembered by content (about the size of a large folder of web pages). Module state on purpose: it
 * lives as long as the process, across the rebuilds of a live engine, and holds the same strings as the corpus.
 */
const MEMO_ENTRIES = 20_000;
const memo = new Map<string, HtmlArticleResult>();

function extract(input: HtmlArticleInput): HtmlArticleResult {
  const decoded = decodeHtml(input.bytes, input.httpCharset);
  let page: HtmlArticle;
  try {
    page = extractHtmlArticle(decoded.html, input.baseUrl);
  } catch (error) {
    return { kind: 'skip', reason: `the page could not be read as HTML (${(error as Error).message})` };
  }
  const text = page.paragraphs.join('\n\n');
  if (text.length < MIN_ARTICLE_CHARS) {
    return { kind: 'skip', reason: NO_ARTICLE_TEXT };
  }
  const article: Article = {
    id: input.id,
    path: input.path,
    title: page.title ?? titleFromWords(text) ?? input.id,
    date: page.date,
    url: page.url,
    ...(page.author ? { author: page.author } : {}),
    text,
    bodyStart: 0,
    encoding: decoded.encoding,
    duplicateIds: [],
  };
  return { kind: 'article', article, guessedEncoding: decoded.source === 'windows-1252 fallback' };
}
