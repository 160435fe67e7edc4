import type { DomDocument } from './Dom.js';

/** What a news page says about its article, read from its `<head>`, markup and JSON-LD. */
export interface PageMetadata {
  readonly title: string | null;
  /** `YYYY-MM-DD`, the calendar date as written in the page's own offset (never shifted to UTC). */
  readonly date: string | null;
  /** Absolute http(s) URL from the canonical link or `og:url`. */
  readonly url: string | null;
  readonly author: string | null;
  readonly siteName: string | null;
}

/** Schema.org types whose `headline`, `datePublished` and `author` describe the page's article. */
const ARTICLE_TYPES = /article|posting|report|newsarticle|webpage/i;

/**
 * Reads the page's metadata before Readability changes the document (it removes what it does not keep):
 * - title: `og:title`, else the article's headline (its `<h1>`, else JSON-LD `headline`), else `<title>`
 *   without a trailing " | Site name" (or " – Site name" when that is the page's `og:site_name`);
 * - date: `article:published_time`, else a `<time datetime>` (the article's own first), else JSON-LD
 *   `datePublished`; the `YYYY-MM-DD` as written, so 2024-03-01T23:30-05:00 stays March 1st;
 * - url: `<link rel="canonical">`, else `og:url`, resolved against `baseUrl` when relative;
 * - author: `<meta name="author">`, else JSON-LD `author` names (the caller falls back to Readability's byline).
 */
export function readPageMetadata(document: DomDocument, baseUrl?: string): PageMetadata {
  const meta = (selector: string): string | null =>
    clean(document.querySelector(selector)?.getAttribute('content'));
  const jsonLd = readJsonLd(document);
  const siteName = meta('meta[property="og:site_name"]');

  const headline =
    clean(document.querySelector('article h1, h1')?.textContent) ?? stringField(jsonLd, 'headline');
  const title = meta('meta[property="og:title"]') ?? headline ?? titleWithoutSite(document.title, siteName);

  const timeIn = (scope: string): string | null =>
    clean(document.querySelector(`${scope} time[datetime]`)?.getAttribute('datetime'));
  const date =
    calendarDate(meta('meta[property="article:published_time"]')) ??
    calendarDate(meta('meta[itemprop="datePublished"]')) ??
    calendarDate(timeIn('article')) ??
    calendarDate(timeIn('')) ??
    calendarDate(stringField(jsonLd, 'datePublished'));

  const url =
    absoluteUrl(document.querySelector('link[rel~="canonical"]')?.getAttribute('href'), baseUrl) ??
    absoluteUrl(meta('meta[property="og:url"]'), baseUrl);

  const author = meta('meta[name="author"]') ?? jsonLdAuthor(jsonLd);
  return { title, date, url, author: author && !/^https?:\/\//i.test(author) ? author : null, siteName };
}

/** Collapses white space and trims; null for nothing. */
export function clean(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  return text ? text : null;
}

function titleWithoutSite(title: string | null | undefined, siteName: string | null): string | null {
  const text = clean(title);
  if (!text) return null;
  const piped = /^(.+?)\s+\|\s+[^|]+$/.exec(text)?.[1];
  if (piped) return piped;
  if (siteName) {
    for (const separator of [' – ', ' — ', ' - ', ' : ']) {
      const suffix = `${separator}${siteName}`;
      if (text.endsWith(suffix) && text.length > suffix.length) return text.slice(0, -suffix.length);
    }
  }
  return text;
}

/** `YYYY-MM-DD` from the start of an ISO 8601 value when it is a real calendar date, else null. */
export function calendarDate(value: string | null | undefined): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value ?? '');
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

function absoluteUrl(href: string | null | undefined, baseUrl: string | undefined): string | null {
  const value = clean(href);
  if (!value) return null;
  try {
    const url = new URL(value, baseUrl);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

type JsonObject = Record<string, unknown>;

/** The JSON-LD objects of the page, articles first; malformed blocks are ignored. */
function readJsonLd(document: DomDocument): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 4 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const object = value as JsonObject;
    found.push(object);
    if (object['@graph']) visit(object['@graph'], depth + 1);
  };
  for (const script of document.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? ''), 0);
    } catch {
      // A page's broken JSON-LD is the page's problem; the other sources of metadata still apply.
    }
  }
  const isArticle = (object: JsonObject): boolean =>
    ARTICLE_TYPES.test(
      [object['@type']]
        .flat()
        .filter((t) => typeof t === 'string')
        .join(' '),
    );
  return [...found.filter(isArticle), ...found.filter((object) => !isArticle(object))];
}

function stringField(objects: readonly JsonObject[], key: string): string | null {
  for (const object of objects) {
    const value = object[key];
    if (typeof value === 'string' && clean(value)) return clean(value);
  }
  return null;
}

function jsonLdAuthor(objects: readonly JsonObject[]): string | null {
  for (const object of objects) {
    const authors = [object['author']].flat();
    const names = authors
      .map((author) =>
        typeof author === 'string' ? author : clean(textOf((author as JsonObject | null)?.['name'])),
      )
      .filter((name): name is string => Boolean(name));
    if (names.length > 0) return names.join(', ');
  }
  return null;
}

/** A JSON-LD value as text when it is a string; anything else (an object, a list) reads as nothing. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}
