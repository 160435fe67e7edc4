import type { Span } from '../passages/Span.js';

/**
 * Discord markdown helpers. Article text is shown exactly: every character that Discord would read as
 * formatting is escaped with a backslash (which Discord removes when it renders), so the reader sees the
 * article's own characters. URLs are not escaped (Discord links them before it reads escapes, so an escape
 * inside one would show); each is wrapped in `<...>`, which Discord shows as the bare link, so that the
 * link ends exactly where the URL does and never swallows a following escape.
 */

const ELLIPSIS = '…';

/** Characters Discord reads as formatting anywhere in a line: emphasis, code, strikethrough, spoiler,
 * quotes, mentions/timestamps/custom emoji (`<...>`), masked links (`[..](..)`) and the escape itself. */
const INLINE_SPECIAL = new Set(['\\', '*', '_', '`', '~', '|', '>', '<', '[', ']']);
/** Characters that start a heading or a list only at the start of a line. */
const LINE_START_SPECIAL = new Set(['#', '-', '+']);
/** The URL shape Discord autolinks, without `>` so that the URL can be wrapped in `<...>`. */
const URL_PATTERN = /https?:\/\/[^\s<>]+[^<>.,:;"')\]\s]/g;

/** 1 for each code unit of `text` that is part of a URL Discord will link. */
function urlUnits(text: string): Uint8Array {
  const inUrl = new Uint8Array(text.length);
  // 2 marks the first code unit of a URL, 3 the last, 1 those between.
  for (const match of text.matchAll(URL_PATTERN)) {
    const end = match.index + match[0].length;
    inUrl.fill(1, match.index, end);
    inUrl[match.index] = 2;
    inUrl[end - 1] = 3;
  }
  return inUrl;
}

/**
 * How each UTF-16 code unit of `text` is written in Discord markdown so that it renders as itself.
 * Returned per code unit so callers can insert bold markers at original offsets.
 */
function escapedUnits(text: string, inUrl = urlUnits(text)): string[] {
  const out = Array.from({ length: text.length }, (_, i) => text.charAt(i));
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '\n') {
      atLineStart = true;
      continue;
    }
    if (inUrl[i]) {
      if (inUrl[i] === 2) out[i] = `<${ch}`;
      if (inUrl[i] === 3) out[i] = `${ch}>`;
      atLineStart = false;
      continue;
    }
    if (INLINE_SPECIAL.has(ch) || (atLineStart && LINE_START_SPECIAL.has(ch))) {
      out[i] = `\\${ch}`;
    } else if (atLineStart && ch >= '0' && ch <= '9') {
      // "12. text" at the start of a line is a numbered list: escape the dot.
      const match = /^\d+\.(?=\s|$)/.exec(text.slice(i, i + 12));
      if (match) out[i + match[0].length - 1] = '\\.';
    }
    if (ch !== ' ' && ch !== '\t') atLineStart = false;
  }
  return out;
}

/** Escapes `text` so Discord renders it character for character (see the module comment). */
export function escapeMarkdown(text: string): string {
  return escapedUnits(text).join('');
}

/** Flattens whitespace runs (newlines included) to one space, for one-line labels such as titles. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Largest cut at or below `n` that does not split a surrogate pair. */
function safeCut(text: string, n: number): number {
  if (n > 0 && n < text.length) {
    const code = text.charCodeAt(n - 1);
    if (code >= 0xd800 && code <= 0xdbff) return n - 1;
  }
  return n;
}

/**
 * Renders `raw` with `render`, shortening `raw` (never the rendered markup) until the result fits in `max`
 * code units. A shortened text ends at a word boundary when one is near, followed by "…".
 * `render` must not shrink when its input grows. Returns '' when even "…" does not fit.
 */
export function fitRendered(raw: string, max: number, render: (text: string) => string): string {
  const whole = render(raw);
  if (whole.length <= max) return whole;
  const attempt = (n: number): string => render(raw.slice(0, n).trimEnd() + ELLIPSIS);
  let lo = 0;
  let hi = raw.length - 1;
  if (attempt(0).length > max) return '';
  // Invariant: attempt(lo) fits; find the largest such lo.
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (attempt(mid).length <= max) lo = mid;
    else hi = mid - 1;
  }
  let cut = safeCut(raw, lo);
  const space = raw.lastIndexOf(' ', cut);
  if (space > 0 && cut - space < 40 && cut < raw.length) cut = space;
  return attempt(cut);
}

/** Shortens plain text to at most `max` code units, ending with "…" when cut. For text shown without markdown. */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max < 1) return '';
  let cut = safeCut(text, max - 1);
  // A trailing backslash would escape the ellipsis.
  while (cut > 0 && text.charAt(cut - 1) === '\\') cut--;
  return text.slice(0, cut) + ELLIPSIS;
}

/** Escaped one-line label, at most `max` code units once escaped. */
export function inlineLabel(text: string, max: number): string {
  return fitRendered(oneLine(text), max, escapeMarkdown);
}

/**
 * A quote block: each line of `quote` prefixed with "> ", escaped, and the `highlights` (offsets into `quote`)
 * in bold. Highlights outside the text are clipped; overlapping ones merge.
 */
export function quoteBlock(quote: string, highlights: readonly Span[] = []): string {
  const inUrl = urlUnits(quote);
  const units = escapedUnits(quote, inUrl);
  const opens = new Set<number>();
  const closes = new Set<number>();
  for (const [from, to] of boldRuns(quote, highlights, inUrl)) {
    opens.add(from);
    closes.add(to);
  }
  let out = '> ';
  for (let i = 0; i < quote.length; i++) {
    if (closes.has(i)) out += '**';
    if (opens.has(i)) out += '**';
    const ch = quote.charAt(i);
    if (ch === '\r' && quote.charAt(i + 1) === '\n') continue;
    out += ch === '\n' ? '\n> ' : units[i];
  }
  if (closes.has(quote.length)) out += '**';
  return out;
}

/**
 * Half-open runs to bold: highlights clipped to the text and merged, split at line ends (bold cannot span
 * lines) and trimmed of whitespace (a run that starts or ends with a space does not render bold).
 * URLs are never bold: Discord would read the markers as part of the link.
 */
function boldRuns(text: string, highlights: readonly Span[], inUrl: Uint8Array): [number, number][] {
  const marked = new Uint8Array(text.length);
  for (const { start, end } of highlights) {
    const from = Math.max(0, Math.min(start, text.length));
    marked.fill(1, from, Math.max(from, Math.min(end, text.length)));
  }
  for (let i = 0; i < text.length; i++) if (inUrl[i]) marked[i] = 0;
  const runs: [number, number][] = [];
  let i = 0;
  while (i < text.length) {
    if (!marked[i] || /\s/.test(text.charAt(i))) {
      i++;
      continue;
    }
    let j = i;
    let lastSolid = i;
    while (j < text.length && marked[j] && text.charAt(j) !== '\n' && text.charAt(j) !== '\r') {
      if (!/\s/.test(text.charAt(j))) lastSolid = j;
      j++;
    }
    runs.push([i, lastSolid + 1]);
    i = j;
  }
  return runs;
}

/** `quoteBlock`, shortened to fit `max` code units (highlights past the cut are dropped). */
export function fitQuoteBlock(quote: string, highlights: readonly Span[], max: number): string {
  return fitRendered(quote, max, (text) => quoteBlock(text, highlights));
}
