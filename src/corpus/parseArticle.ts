import type { Article } from './Article.js';
import { mightBeDate, readDate, type DateReading } from './readDate.js';
import { titleFromWords } from './titleFromWords.js';

/** Longest headline taken from a first line, in characters; a longer first paragraph is body text. */
const MAX_HEADLINE_CHARS = 150;

export interface ArticleInput {
  readonly id: string;
  readonly path: string;
  readonly text: string;
  readonly encoding?: 'utf-8' | 'latin1';
  readonly duplicateIds?: readonly string[];
}

/** Start of every warning about a date that is present but cannot be read (one kind, for summaries). */
export const DATE_WARNING_PREFIX = 'Date not read in';

/**
 * Reads an article's metadata from its decoded text:
 * - `.md` files may open with YAML-style front matter (`---` lines around `key: value` pairs: title, date or
 *   published, url or source);
 * - a date line before or after the headline: `Date: 14 May 2024`, `Published: Tuesday, May 14, 2024`,
 *   `date 2022-02-08` (text after a bare `date` marker on that line is kept as article text) or a line that is
 *   only a date (`14 May 2024`); the headline may be followed by its date line directly, or after a blank line;
 * - a first paragraph that is one short line is the headline, unless it reads as the story's lede: it starts
 *   with a dateline ("NEW YORK (CNN) --") or is a sentence (8 words or more ending in `.`, `!` or `?`; after a
 *   date marker such a line is still the headline). A lede stays quotable and the title is made from its words;
 * - a last line `Source: https://...` gives the URL.
 * The body (what may be quoted) starts after front matter, date lines and the headline. A date that is present
 * but cannot be read (03/04/2024, "next Tuesday") is passed to `onWarning`, naming the file; the article is then
 * undated. An article with no date at all is undated without a warning.
 */
export function parseArticle(input: ArticleInput, onWarning?: (message: string) => void): Article {
  const { text } = input;
  let title: string | null = null;
  let date: string | null = null;
  let url: string | null = null;
  let author: string | null = null;
  let bodyStart = 0;
  // Assigned inside take(): typed by assertion, so TypeScript does not narrow it to null for the whole function.
  let problem = null as string | null;
  const take = (reading: DateLine['reading']): void => {
    if (date !== null) return;
    if (reading.kind === 'date') date = reading.date;
    else problem ??= reading.reason;
  };

  const front = /^---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text);
  if (front && input.path.toLowerCase().endsWith('.md')) {
    const fields = parseFrontMatter(front[1] ?? '');
    title = fields.get('title')?.trim() || null;
    const dateField = fields.get('date') ?? fields.get('published');
    if (dateField !== undefined) take(readLabelledDate(dateField));
    url = fields.get('url') ?? fields.get('source') ?? fields.get('link') ?? null;
    author = fields.get('author')?.trim() || null;
    bodyStart = front[0].length;
  }

  bodyStart = skipBlank(text, bodyStart);
  const leadingDate = dateLineAt(text, bodyStart);
  if (leadingDate) {
    take(leadingDate.reading);
    bodyStart = skipBlank(text, leadingDate.next);
  }

  if (title === null) {
    const line = lineAt(text, bodyStart);
    const headline = line.content.trim();
    const isHeadlineShaped =
      headline.length > 0 && headline.length <= MAX_HEADLINE_CHARS && !/[,;:]$/.test(headline);
    // "Title\nPublished: 14 May 2024": the date line right under the headline is not part of it.
    const dateUnder = isHeadlineShaped && line.end < text.length ? dateLineAt(text, line.end) : null;
    // A date line marks the line above as a header: only a dateline there still makes it the lede.
    if (isHeadlineShaped && dateUnder && !readsAsLede(headline, true)) {
      title = headline;
      take(dateUnder.reading);
      bodyStart = skipBlank(text, dateUnder.next);
    } else if (
      isHeadlineShaped &&
      /^[ \t]*\r?\n/.test(text.slice(line.end)) &&
      !readsAsLede(headline, leadingDate !== null)
    ) {
      title = headline;
      bodyStart = skipBlank(text, line.end);
      const dateAfter = dateLineAt(text, bodyStart);
      if (dateAfter) {
        take(dateAfter.reading);
        bodyStart = skipBlank(text, dateAfter.next);
      }
    }
  }

  if (date === null && problem !== null) onWarning?.(`${DATE_WARNING_PREFIX} ${input.path}: ${problem}`);

  // Only the last line that is not blank can be the source line: matching from its start spares a regular
  // expression tried at every position of the text (a tenth of loading the BBC corpus).
  const lastLineStart = text.lastIndexOf('\n', text.trimEnd().length - 1) + 1;
  const sourceLine = /^[ \t]*Source:[ \t]*(https?:\/\/\S+)[ \t]*\s*$/i.exec(text.slice(lastLineStart));
  if (sourceLine?.[1]) url ??= sourceLine[1];

  return {
    id: input.id,
    path: input.path,
    title: title ?? titleFromLede(text.slice(bodyStart)) ?? input.id,
    date,
    url,
    ...(author ? { author } : {}),
    text,
    bodyStart,
    encoding: input.encoding ?? 'utf-8',
    duplicateIds: input.duplicateIds ?? [],
  };
}

/** Fewest words in a first line ending like a sentence for it to be read as the lede rather than a headline. */
const MIN_LEDE_WORDS = 8;
/**
 * Fewest words in a first line written as a sentence (see isSentenceCase) for it to be read as the lede even
 * without a full stop: the BBC corpus's 2,225 headlines have at most 9 words, and 5 of its ledes, of 12 to 25
 * words, lack the stop; the 4 of them short enough for a headline (MAX_HEADLINE_CHARS) were read as one in
 * the corpus without headlines, and so hidden from every answer.
 */
const MIN_UNSTOPPED_LEDE_WORDS = 12;

/**
 * Whether a one-line first paragraph is the story's first sentence rather than a headline. Headlines are short
 * and end without a full stop (the BBC corpus: at most 9 words, none ending in "." but in "..."); a line
 * that starts with a dateline ("NEW YORK (CNN) --", "LONDON, England --", "(CNN) --") or has ` -- ` is always
 * the lede, and so is a long line written as a sentence (MIN_UNSTOPPED_LEDE_WORDS), stop or none: a headline
 * that long is written in Title Case ("Diplomatic Efforts To Resolve Ukraine Tensions Intensify At …").
 */
function readsAsLede(line: string, afterDateMarker: boolean): boolean {
  if (DATELINE.test(line) || line.includes(' -- ')) return true;
  if (afterDateMarker) return false;
  const words = line.split(/\s+/);
  if (words.length >= MIN_UNSTOPPED_LEDE_WORDS && isSentenceCase(words)) return true;
  const endsLikeSentence = /[^.…][.!?]["'”’)]*$/.test(line);
  return endsLikeSentence && words.length >= MIN_LEDE_WORDS;
}

/**
 * Whether `words` read as a sentence rather than a Title Case headline: fewer than half of the words after
 * the first start with a capital (a sentence capitalises its names only).
 */
function isSentenceCase(words: readonly string[]): boolean {
  const rest = words.slice(1);
  return rest.filter((word) => /^["'“‘(]?\p{Lu}/u.test(word)).length * 2 < rest.length;
}

/**
 * A title made from the lede's words after its dateline, if any ("NEW YORK (CNN) -- A fire…" gives "A fire…"):
 * the dateline names the city and the agency, not the story. Null when there are no words.
 */
export function titleFromLede(body: string): string | null {
  return titleFromWords(body.replace(DATELINE, '')) ?? titleFromWords(body);
}

/**
 * A dateline: a place in capitals ("NEW YORK", "LONDON, England"), a news agency in brackets ("(CNN)"), or
 * both, then a dash; or an agency in brackets with the story's first word right after it and no dash, as wire
 * stories are also written ("(CNN)The…", "ATLANTA, Georgia (CNN)Police…"). "UK heading wrong way - Howard" is
 * not one: the capitals are not followed by the dash. Spaces around the bracket and the dash may be doubled, as
 * text copied from a page often has them ("BAGHDAD, Iraq (CNN)  --"). Sentence tagging skips it too (see
 * tagSentences.ts's tagText).
 */
const PLACE = String.raw`[A-Z][A-Z.'-]+(?: [A-Z][A-Z.'-]+)*(?:, [A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)?`;
export const DATELINE = new RegExp(
  String.raw`^(?:(?:${PLACE} *(?:\([\w .&-]+\) *)?|\([\w .&-]+\) *)(?:--|—|–|-) +|(?:${PLACE} )?\([A-Z][\w .&-]*\)(?=[A-Z"“‘']))`,
);

/** Words that introduce a date line (`Published: …`, `date 2022-02-08 …`), lowercase. */
const DATE_LABEL =
  /^[ \t]*(?:date|dated|published(?: on)?|posted(?: on)?|first published|(?:last )?updated(?: on)?)\b[ \t]*(:?)[ \t]*/i;

interface DateLine {
  readonly reading: Exclude<DateReading, { kind: 'none' }>;
  /** Where the text continues after the date line (the rest of a bare `date …` marker line is text). */
  readonly next: number;
}

/**
 * The date line starting at `from`, or null when that line is not one. A labelled line with a colon is all
 * metadata (an unreadable value is a problem); after a bare label or an ISO date, the rest of the line is text;
 * a line without a label is a date line only when it is nothing but a date.
 */
function dateLineAt(text: string, from: number): DateLine | null {
  const line = lineAt(text, from);
  const label = DATE_LABEL.exec(line.content);
  if (label) {
    const value = line.content.slice(label[0].length);
    if (label[1] === ':') return { reading: readLabelledDate(value), next: line.end };
    const reading = readDate(value);
    if (reading.kind === 'none') return null; // "Date rape drug …": a bare word, not a label
    return { reading, next: from + label[0].length + reading.length };
  }
  if (/^\s*\d{4}-\d\d-\d\d/.test(line.content)) {
    const reading = readDate(line.content); // the ISO fast path: chrono-node is not loaded for it
    if (reading.kind !== 'none') return { reading, next: from + reading.length };
  }
  if (!mightBeDate(line.content.trim())) return null;
  const reading = readDate(line.content);
  if (reading.kind === 'none' || /[\p{L}\p{N}]/u.test(line.content.slice(reading.length))) return null;
  return { reading, next: line.end };
}

/** A labelled date value (front matter `date:`, `Published: …`): a value that is not a date is a problem. */
function readLabelledDate(value: string): Exclude<DateReading, { kind: 'none' }> {
  const unquoted = value.trim().replace(/^(["'])(.*)\1$/, '$2');
  const reading = readDate(unquoted);
  return reading.kind === 'none'
    ? { kind: 'problem', reason: `"${unquoted}" is not a date`, length: 0 }
    : reading;
}

/** The line starting at `from`: its content (without the line break) and where the next line starts. */
function lineAt(text: string, from: number): { content: string; end: number } {
  const newline = text.indexOf('\n', from);
  const stop = newline === -1 ? text.length : newline;
  return {
    content: text.slice(from, stop).replace(/\r$/, ''),
    end: newline === -1 ? text.length : newline + 1,
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

function skipBlank(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}
