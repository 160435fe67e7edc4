import type { Span } from './Span.js';
import { trimSpan } from './trimSpan.js';

/**
 * Words that end with a period without ending a sentence when a capital follows ("Mr. Putin", "Feb. 8",
 * "Gen. Milley"). Lowercase, without the period.
 */
const ABBREVIATIONS: ReadonlySet<string> = new Set(
  `mr mrs ms dr prof sen rep gov gen col lt sgt capt cmdr adm maj st jr sr rev hon pres supt insp
  inc ltd co corp bros plc llc dept univ assn est approx vs etc al fig no nos vol pp
  jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
  ave blvd rd mt ft`
    .split(/\s+/)
    .filter(Boolean),
);

/** Closing quotes and brackets that belong to the sentence they end. */
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '»']);
/** What may start a new sentence: a capital, a digit, an opening quote or bracket. */
const STARTER = /[\p{Lu}\p{N}"'“‘([«]/u;

/**
 * Splits `text[start, end)` into sentences, returned as trimmed spans of the same string (offsets in UTF-16
 * code units). A sentence ends at `.`, `!`, `?` or an ellipsis (`...`, `…`), followed by any closing quotes,
 * then white space, then something that can start a sentence. It does not end after an abbreviation
 * ("Mr.", "Feb."), an initial or a dotted acronym ("J.", "U.S."), or inside a number ("3.5", "100,000").
 * A line break that ends a paragraph-like line (a blank line) always ends a sentence.
 */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const spans: Span[] = [];
  let sentenceStart = start;
  let i = start;
  while (i < end) {
    const ch = text[i];
    if (ch === '\n' && text.slice(i + 1, end).match(/^[ \t\r]*\n/)) {
      pushTrimmed(text, sentenceStart, i, spans);
      sentenceStart = i + 1;
      i++;
      continue;
    }
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < end && (text[j] === '.' || text[j] === '!' || text[j] === '?' || text[j] === '…')) j++;
    while (j < end && CLOSERS.has(text[j] ?? '')) j++;
    // A boundary needs white space after it; "proposals...are" and "3.5" stay whole.
    let k = j;
    while (k < end && /\s/.test(text[k] ?? '')) k++;
    if (k === j || k >= end) {
      i = j;
      continue;
    }
    const next = text[k] ?? '';
    if (!STARTER.test(next) || (ch === '.' && j === i + 1 && abbreviationGoesOn(text, sentenceStart, i, k))) {
      i = j;
      continue;
    }
    pushTrimmed(text, sentenceStart, j, spans);
    sentenceStart = k;
    i = k;
  }
  pushTrimmed(text, sentenceStart, end, spans);
  return spans;
}

/**
 * Abbreviations that end sentences as often as they sit inside one: times of day, dotted acronyms of places
 * and firms' suffixes ("…at 6 p.m. Firefighters arrived", "…moved to Washington, D.C. He was 45", "…Maple
 * Hollow Toy Co. The firm…"), unlike titles and months, which a name or a day always follows.
 */
const ENDS_SENTENCES_TOO: ReadonlySet<string> = new Set([
  'a.m',
  'p.m',
  'd.c',
  'u.s',
  'u.k',
  'inc',
  'ltd',
  'co',
  'corp',
  'plc',
  'llc',
  'bros',
  'etc',
]);

/**
 * A word that opens a sentence rather than going on with a name or a date: a pronoun, article, conjunction or
 * preposition, capitalised, or an opening quotation mark before a capital. "a.m. Friday", "U.S. Senate" and
 * "Co. chairman" go on.
 */
const OPENS_SENTENCE =
  /^(?:["“‘]\s?\p{Lu}|(?:The|A|An|He|She|It|They|We|I|His|Her|Its|Their|This|That|These|Those|There|But|And|Yet|So|Or|In|On|At|By|For|From|With|When|While|After|Before|If|As|Since|Although)\b)/u;

/**
 * Whether the full stop at `dot` ends no sentence: it closes an abbreviation, an initial or a dotted acronym,
 * unless one that ends sentences too (ENDS_SENTENCES_TOO) stands before a sentence's first word at `next`.
 */
function abbreviationGoesOn(text: string, from: number, dot: number, next: number): boolean {
  const word = wordBefore(text, from, dot);
  if (!isAbbreviation(word)) return false;
  return !(ENDS_SENTENCES_TOO.has(word.toLowerCase()) && OPENS_SENTENCE.test(text.slice(next, next + 12)));
}

/** The letters and dots ending at `dot` (exclusive), not before `from`. */
function wordBefore(text: string, from: number, dot: number): string {
  let w = dot;
  while (w > from && /[\p{L}.]/u.test(text[w - 1] ?? '')) w--;
  return text.slice(w, dot);
}

/** Whether `word` (without its final full stop) is an abbreviation, an initial or a dotted acronym. */
function isAbbreviation(word: string): boolean {
  if (word.length === 0) return false;
  if (/^\p{Lu}$/u.test(word)) return true; // an initial: "John F. Kennedy"
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true; // a dotted acronym: "U.S", "e.g"
  return ABBREVIATIONS.has(word.toLowerCase());
}

function pushTrimmed(text: string, start: number, end: number, spans: Span[]): void {
  const span = trimSpan(text, start, end);
  if (span) spans.push(span);
}
