import { createRequire } from 'node:module';

/**
 * What a piece of text says about a date:
 * - `date`: a calendar date `YYYY-MM-DD` exactly as written (never shifted by a time zone), and `length`, how
 *   many UTF-16 code units of the text (from its start) the date spans;
 * - `problem`: the text starts with something that looks like a date but cannot be read as one calendar date
 *   (ambiguous day and month, no year, relative, impossible); `reason` says which, for a warning, and
 *   `length` how much of the text it spans;
 * - `none`: the text does not start with a date.
 */
export type DateReading =
  | { readonly kind: 'date'; readonly date: string; readonly length: number }
  | { readonly kind: 'problem'; readonly reason: string; readonly length: number }
  | { readonly kind: 'none' };

/** `2024-05-14`, optionally with a time after it (`2024-05-14T10:00:00Z`); read without chrono-node. */
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?![\d])(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?/;

/**
 * Reads the date at the start of `text` (leading white space allowed): ISO dates directly, anything else
 * ("14 May 2024", "Tuesday, May 14, 2024 10:32 BST", "14/05/2024") with chrono-node, loaded on first use.
 * A numeric date whose day and month could be swapped (03/04/2024) is a problem, not a guess; so is a date
 * that depends on today (a weekday, "2 hours ago") or has no year.
 */
export function readDate(text: string): DateReading {
  const leading = text.length - text.trimStart().length;
  const value = text.slice(leading);
  const iso = ISO_DATE.exec(value);
  if (iso) {
    const date = `${iso[1]}-${iso[2]}-${iso[3]}`;
    return isCalendarDate(date)
      ? { kind: 'date', date, length: leading + iso[0].length }
      : { kind: 'problem', reason: `${date} is not a calendar date`, length: leading + iso[0].length };
  }
  return readWithChrono(value, leading);
}

/**
 * Whether a short line might be a whole date that only chrono-node can read: it starts with a number, a month's
 * or a weekday's name and has a year ("14 May 2024", "Tuesday, May 14, 2024", "14/05/24"). A cheap test, so
 * that chrono-node (about 0.2 s to load) is loaded only for files that have such a line: no line at the top of a
 * BBC story passes it ("Brown names 16 March for Budget", "2004: An Irish Athletics Year", and "Saturday
 * 20 November", which has no year, so is left as text rather than warned about).
 */
export function mightBeDate(line: string): boolean {
  return (
    line.length <= MAX_DATE_LINE_CHARS &&
    DATE_START.test(line) &&
    (/\b(?:1[89]|20)\d\d\b/.test(line) || /\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b/.test(line))
  );
}

/** Longest line taken as a date line without a label ("Tuesday, 14 September 2024, 10:32 BST" is 38). */
export const MAX_DATE_LINE_CHARS = 60;
const DATE_START =
  /^\s*(?:\d{1,2}(?:st|nd|rd|th)?[\s/.,-]|\d{4}[/.]\d|(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:rs(?:day)?)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)\b)/i;

function isCalendarDate(iso: string): boolean {
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso);
}

/** Two reference days far apart: a date read differently against each depends on today (relative, no year). */
const REFERENCES = [new Date(Date.UTC(2001, 5, 15, 12)), new Date(Date.UTC(2013, 0, 20, 12))] as const;

interface ChronoParsers {
  /** Strict English, month first for numeric dates (03/04/2024 = 4 March). */
  readonly monthFirst: ChronoParser;
  /** Strict English, day first for numeric dates (03/04/2024 = 3 April). */
  readonly dayFirst: ChronoParser;
}
interface ChronoParser {
  parse(
    text: string,
    reference: Date,
  ): { index: number; text: string; start: { get(component: 'year' | 'month' | 'day'): number | null } }[];
}

let parsers: ChronoParsers | undefined;

/**
 * chrono-node's English parsers, required on first use: loading it costs about 0.2 s, which the CLI pays only
 * when an article has a date the ISO fast path cannot read. `require` keeps article parsing synchronous.
 */
function chrono(): ChronoParsers {
  if (!parsers) {
    const en = createRequire(import.meta.url)('chrono-node/en') as typeof import('chrono-node/en');
    parsers = {
      // Strict mode: formal dates only, no "today" or "next week".
      monthFirst: en.strict,
      dayFirst: new en.Chrono(en.configuration.createConfiguration(true, true)),
    };
  }
  return parsers;
}

function readWithChrono(value: string, leading: number): DateReading {
  const { monthFirst, dayFirst } = chrono();
  const [first, second] = REFERENCES;
  const found = monthFirst.parse(value, first)[0];
  if (!found || found.index !== 0) return { kind: 'none' };
  const written = found.text;
  const length = leading + written.length;
  const asRead = calendarDateOf(found);
  const againstOtherDay = calendarDateOf(monthFirst.parse(written, second)[0]);
  if (asRead === null || asRead !== againstOtherDay) {
    return {
      kind: 'problem',
      reason: `"${written}" is not a full calendar date (it needs a day, month and year)`,
      length,
    };
  }
  const dayFirstRead = calendarDateOf(dayFirst.parse(written, first)[0]);
  if (dayFirstRead !== null && dayFirstRead !== asRead) {
    return {
      kind: 'problem',
      reason: `"${written}" is ambiguous (${asRead} or ${dayFirstRead}); write it as YYYY-MM-DD or with the month's name`,
      length,
    };
  }
  return { kind: 'date', date: asRead, length };
}

/** The calendar date of a chrono result from its written components (no time-zone shift), or null. */
function calendarDateOf(
  result: { start: { get(component: 'year' | 'month' | 'day'): number | null } } | undefined,
): string | null {
  if (!result) return null;
  const year = result.start.get('year');
  const month = result.start.get('month');
  const day = result.start.get('day');
  if (year === null || month === null || day === null) return null;
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isCalendarDate(iso) ? iso : null;
}
