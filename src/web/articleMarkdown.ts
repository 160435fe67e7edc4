/** What `npm run add` writes about an article. */
export interface ArticleFields {
  readonly title: string;
  readonly date: string | null;
  readonly url: string;
  readonly author: string | null;
  /** The article's text, one entry per paragraph. */
  readonly paragraphs: readonly string[];
}

/**
 * The article as a Markdown file Verbatim reads back exactly: front matter (title, date, url, author; text
 * values double-quoted with JSON escapes, which YAML reads the same way, so any title is safe), then the
 * paragraphs as plain text separated by blank lines, with no Markdown markup that would end up in quotes.
 * The body is character for character the text extracted from the page.
 */
export function articleMarkdown(fields: ArticleFields): string {
  const lines = ['---', `title: ${JSON.stringify(oneLine(fields.title))}`];
  if (fields.date) lines.push(`date: ${fields.date}`);
  lines.push(`url: ${JSON.stringify(fields.url)}`);
  if (fields.author) lines.push(`author: ${JSON.stringify(oneLine(fields.author))}`);
  lines.push('---', '', fields.paragraphs.join('\n\n'), '');
  return lines.join('\n');
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Longest file name made from a URL or title, in characters (before `.md`). */
const MAX_SLUG_CHARS = 80;

/**
 * A file name (without extension) for an article: the last segment of its URL's path (`sea-wall-vote` from
 * `/news/2024/sea-wall-vote.html`), else its title, in lower-case ASCII letters, digits and hyphens.
 */
export function articleSlug(url: string, title: string): string {
  const segments = new URL(url).pathname.split('/').filter(Boolean);
  const last = decodeSegment(segments.at(-1) ?? '').replace(/\.(?:s?html?|php|aspx?|jsp|amp)$/i, '');
  const fromUrl = slugify(last);
  // A bare number or "index" says nothing about the article: the title says more.
  if (fromUrl.length >= 3 && !/^(?:\d+|index|amp|article|story)$/.test(fromUrl)) return fromUrl;
  return slugify(title) || fromUrl || 'article';
}

function decodeSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG_CHARS)
    .replace(/-+$/, '');
}
