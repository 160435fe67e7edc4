import type { Article } from './Article.js';

/** Longest headline taken from a first line, in characters; a longer first paragraph is body text. */
const MAX_HEADLINE_CHARS = 150;
/** Length of a title made from the first words when a file has no headline. */
const MAX_DERIVED_TITLE_CHARS = 80;

export interface ArticleInput {
  readonly id: string;
  readonly path: string;
  readonly text: string;
  readonly encoding?: 'utf-8' | 'latin1';
  readonly duplicateIds?: readonly string[];
}

/**
 * Reads an article's metadata from its decoded text:
 * - `.md` files may open with YAML-style front matter (`---` lines around `key: value` pairs: title, date, url
 *   or source);
 * - a `date 2022-02-08` (or `Date: 2022-02-08`) line near the top gives the date; text after it on that line
 *   is kept as article text;
 * - a first paragraph that is one short line is the headline;
 * - a last line `Source: https://...` gives the URL.
 * The body (what may be quoted) starts after front matter, the date marker and the headline.
 */
export function parseArticle(input: ArticleInput): Article {
  const { text } = input;
  let title: string | null = null;
  let date: string | null = null;
  let url: string | null = null;
  let author: string | null = null;
  let bodyStart = 0;

  const front = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (front && input.path.toLowerCase().endsWith('.md')) {
    const fields = parseFrontMatter(front[1] ?? '');
    title = fields.get('title')?.trim() || null;
    date = normaliseDate(fields.get('date') ?? '');
    url = fields.get('url') ?? fields.get('source') ?? fields.get('link') ?? null;
    author = fields.get('author')?.trim() || null;
    bodyStart = front[0].length;
  }

  bodyStart = skipBlank(text, bodyStart);
  const dateMarker = /^[ \t]*(?:date|published|updated)?:?[ \t]*(\d{4}-\d{2}-\d{2})\b[ \t]*/i.exec(
    text.slice(bodyStart, bodyStart + 200),
  );
  if (dateMarker && /\S/.test(dateMarker[0]) && dateMarker[1]) {
    date ??= normaliseDate(dateMarker[1]);
    bodyStart = skipBlank(text, bodyStart + dateMarker[0].length);
  }

  if (title === null) {
    const firstParagraph = /^([^\n]*?)[ \t]*\r?\n[ \t]*\r?\n/.exec(text.slice(bodyStart));
    const line = firstParagraph?.[1]?.trim() ?? '';
    if (line.length > 0 && line.length <= MAX_HEADLINE_CHARS && !/[,;:]$/.test(line)) {
      title = line;
      bodyStart = skipBlank(text, bodyStart + (firstParagraph?.[0].length ?? 0));
    }
  }

  const sourceLine = /(?:^|\n)[ \t]*Source:[ \t]*(https?:\/\/\S+)[ \t]*\s*$/i.exec(text);
  if (sourceLine?.[1]) url ??= sourceLine[1];

  return {
    id: input.id,
    path: input.path,
    title: title ?? titleFromWords(text.slice(bodyStart)) ?? input.id,
    date,
    url,
    ...(author ? { author } : {}),
    text,
    bodyStart,
    encoding: input.encoding ?? 'utf-8',
    duplicateIds: input.duplicateIds ?? [],
  };
}

function parseFrontMatter(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.split(/\r?\n/)) {
    const pair = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$/.exec(line);
    if (!pair?.[1] || !pair[2]) continue;
    fields.set(pair[1].toLowerCase(), unquote(pair[2]));
  }
  return fields;
}

/**
 * A front-matter value without its quotes. A double-quoted value is read with its escapes (`\"`, `\\`,
 * `\u2019`), as YAML reads it: `npm run add` writes titles that way, so a title may hold any character.
 */
function unquote(value: string): string {
  if (/^".*"$/.test(value)) {
    try {
      return String(JSON.parse(value));
    } catch {
      // Not valid escapes: keep the characters between the quotes as written.
    }
  }
  return value.replace(/^(["'])(.*)\1$/, '$2');
}

/** `YYYY-MM-DD` when the value starts with a valid calendar date, else null. */
function normaliseDate(value: string): string | null {
  const match = /^\s*["']?(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const iso = `${match[1]}-${match[2]}-${match[3]}`;
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : null;
}

/** The first words of the body, cut at a word boundary with an ellipsis; null when there are none. */
function titleFromWords(body: string): string | null {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length === 0) return null;
  if (flat.length <= MAX_DERIVED_TITLE_CHARS) return flat;
  const cut = flat.slice(0, MAX_DERIVED_TITLE_CHARS + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = (lastSpace > 20 ? cut.slice(0, lastSpace) : cut.slice(0, MAX_DERIVED_TITLE_CHARS)).replace(
    /[\s,;:.\-–—]+$/,
    '',
  );
  return `${words}…`;
}

function skipBlank(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}
