import { createRequire } from 'node:module';
import type * as ReadabilityPackage from '@mozilla/readability';
import type * as LinkedomPackage from 'linkedom';
import type { DomDocument, DomNode } from './Dom.js';
import { clean, readPageMetadata, type PageMetadata } from './readPageMetadata.js';

/** An article read from a web page: its metadata and the paragraphs of its main text. */
export interface HtmlArticle extends PageMetadata {
  /** The article's text, one entry per paragraph, white space collapsed; empty when the page has none. */
  readonly paragraphs: readonly string[];
}

/** Elements that end a paragraph: their text never runs into the text around them. */
const BLOCKS = new Set([
  'ADDRESS',
  'ARTICLE',
  'BLOCKQUOTE',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);
/**
 * Never article text, even when Readability keeps them: page furniture (navigation, forms, buttons) and what is
 * not prose.
 */
const SKIPPED = new Set([
  'ASIDE',
  'BUTTON',
  'FOOTER',
  'FORM',
  'IFRAME',
  'NAV',
  'NOSCRIPT',
  'SCRIPT',
  'SELECT',
  'STYLE',
  'SVG',
  'TEMPLATE',
  'TEXTAREA',
]);

/**
 * Extracts a page's article with Mozilla's Readability (Firefox's Reader View) over a linkedom document.
 * Scripts never run: linkedom only parses. Readability drops navigation, cookie banners, share bars, related
 * links, comments and ads; what it keeps is cut into paragraphs at block elements. `baseUrl` (the address a
 * page was fetched from) resolves a relative canonical link.
 */
export function extractHtmlArticle(html: string, baseUrl?: string): HtmlArticle {
  const { Readability, parseHTML } = htmlPackages();
  const { document } = parseHTML(html) as unknown as { document: DomDocument };
  const metadata = readPageMetadata(document, baseUrl);
  removeFurniture(document);
  // The serializer hands back Readability's content element itself, so its blocks can be walked.
  const parsed = new Readability<DomNode>(document, {
    serializer: (node: DomNode): DomNode => node,
  }).parse();
  const paragraphs = parsed?.content ? paragraphsOf(parsed.content) : [];
  const byline = clean(parsed?.byline)?.replace(/^by\s+/i, '') ?? null;
  return {
    ...metadata,
    title: metadata.title ?? clean(parsed?.title),
    author: metadata.author ?? (byline && !/^https?:\/\//i.test(byline) ? byline : null),
    paragraphs,
  };
}

/**
 * A class or id token that names page furniture: ads, cookie and consent banners, share bars, related links,
 * comments, newsletter and paywall prompts, recommendation widgets. Readability drops most of these by itself;
 * this catches the ones it keeps when they hold sentence-like text (an ad with copy inside the story body).
 */
const FURNITURE_TOKEN =
  /^(?:ads?|ad-?(?:slot|unit|container|wrapper|banner)|advert\w*|sponsor\w*|promo\w*|cookie\w*|consent\w*|gdpr\w*|share\w*|social(?:-\w+)*|related(?:-\w+)*|comments?|comment-\w+|newsletter\w*|paywall\w*|outbrain|taboola|recommended(?:-\w+)*)$/i;
/** Elements never removed as furniture, whatever their class: they hold the article itself. */
const CONTAINERS = /^(?:HTML|BODY|MAIN|ARTICLE)$/i;

/** AMP's own furniture elements: ads, consent and notification banners, menus, share buttons, embeds. */
const AMP_FURNITURE =
  'amp-ad, amp-embed, amp-sticky-ad, amp-auto-ads, amp-consent, amp-user-notification, amp-sidebar, amp-social-share, amp-analytics, amp-iframe';

function removeFurniture(document: DomDocument): void {
  for (const element of [...document.querySelectorAll(AMP_FURNITURE)]) element.remove();
  for (const element of [
    ...document.querySelectorAll('[class], [id], [role], [hidden], [aria-hidden="true"]'),
  ]) {
    if (CONTAINERS.test(element.nodeName)) continue;
    const tokens = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`.split(/\s+/);
    const role = element.getAttribute('role') ?? '';
    if (
      tokens.some((token) => FURNITURE_TOKEN.test(token)) ||
      /^(?:navigation|banner|complementary|contentinfo|dialog|alertdialog)$/i.test(role) ||
      element.getAttribute('hidden') !== null ||
      element.getAttribute('aria-hidden') === 'true'
    )
      element.remove();
  }
}

/** The paragraphs of an element: text between block boundaries, white space collapsed, empty ones dropped. */
export function paragraphsOf(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = (): void => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: DomNode): void => {
    if (node.nodeType === TEXT_NODE) {
      current += node.textContent ?? '';
      return;
    }
    if (node.nodeType !== ELEMENT_NODE || SKIPPED.has(node.nodeName.toUpperCase())) return;
    const name = node.nodeName.toUpperCase();
    if (name === 'BR') {
      current += ' ';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    // Read once: linkedom builds `childNodes` afresh on every access, so indexing it in a loop is quadratic.
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

interface HtmlPackages {
  Readability: typeof ReadabilityPackage.Readability;
  parseHTML: typeof LinkedomPackage.parseHTML;
}

let packages: HtmlPackages | undefined;

/**
 * Readability and linkedom, required on first use (`createRequire` keeps extraction synchronous): a corpus of
 * plain text never loads them, and `npm run ask` starts without their cost.
 */
function htmlPackages(): HtmlPackages {
  if (!packages) {
    const load = createRequire(import.meta.url);
    packages = {
      Readability: (load('@mozilla/readability') as typeof ReadabilityPackage).Readability,
      parseHTML: (load('linkedom') as typeof LinkedomPackage).parseHTML,
    };
  }
  return packages;
}
