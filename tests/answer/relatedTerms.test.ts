import { describe, expect, it } from 'vitest';
import {
  formatRelatedTerms,
  parseRelatedTerms,
  RelatedTermsTable,
  SCANS_BEFORE_LINE_INDEX,
  shippedRelatedTerms,
} from '../../src/answer/relatedTerms.js';
import { RelatedTermsFormatError } from '../../src/answer/RelatedTermsFormatError.js';
import { processTerm } from '../../src/index/terms.js';

describe('the related-terms table', () => {
  it('reads back what it writes, best first, similarities to the percent', () => {
    const text = formatRelatedTerms([
      {
        term: 'worri',
        related: [
          { term: 'afraid', similarity: 0.794 },
          { term: 'anxiou', similarity: 0.79 },
        ],
      },
    ]);
    expect(parseRelatedTerms(text).get('worri')).toEqual([
      { term: 'afraid', similarity: 0.79 },
      { term: 'anxiou', similarity: 0.79 },
    ]);
  });

  it('reads a table with Windows line endings', () => {
    expect(parseRelatedTerms('# table\r\nworri afraid:79 fear:75\r\n').get('worri')).toEqual([
      { term: 'afraid', similarity: 0.79 },
      { term: 'fear', similarity: 0.75 },
    ]);
  });

  it('names the line of a malformed entry', () => {
    expect(() => parseRelatedTerms('# comment\nworri afraid:79\nfear scare')).toThrow(
      new RelatedTermsFormatError('related terms, line 3: "scare" is not term:percent'),
    );
    expect(() => parseRelatedTerms('lonely')).toThrow(/line 1: a term and at least one related term/);
    expect(() => parseRelatedTerms('worri afraid:101')).toThrow(/line 1: "afraid:101" is not term:percent/);
  });

  it('finds lines on demand as a full parse reads them, and names a bad line when its term is asked for', () => {
    const text = '# table\nworri afraid:79 fear:75\r\nfear scare\nafraid worri:79\n';
    const lazy = RelatedTermsTable.lazy(text);
    // The first line, a line after a Windows line end, a term that only appears as a related entry.
    expect(RelatedTermsTable.lazy('worri afraid:79').get('worri')).toEqual([
      { term: 'afraid', similarity: 0.79 },
    ]);
    expect(lazy.get('afraid')).toEqual([{ term: 'worri', similarity: 0.79 }]);
    expect(lazy.get('worri')).toEqual([
      { term: 'afraid', similarity: 0.79 },
      { term: 'fear', similarity: 0.75 },
    ]);
    expect(lazy.get('scare')).toBeUndefined();
    expect(lazy.get('#')).toBeUndefined();
    expect(() => lazy.get('fear')).toThrow(
      new RelatedTermsFormatError('related terms, line 3: "scare" is not term:percent'),
    );
    expect(() => lazy.size).toThrow(/line 3/);
  });

  it('finds the same lines once it has asked so many that it reads where every line starts', () => {
    const text = '# table\nworri afraid:79 fear:75\r\nfear scare\nafraid worri:79\nworri dupe:50\nlonely\n';
    const lazy = RelatedTermsTable.lazy(text);
    // Words of no line, as most of a question's are: past the scans, the look-ups go to the line index.
    for (let i = 0; i <= SCANS_BEFORE_LINE_INDEX; i += 1) expect(lazy.get(`absent${i}`)).toBeUndefined();
    // The first line of a term, as a scan finds it (a later duplicate is not read).
    expect(lazy.get('worri')).toEqual([
      { term: 'afraid', similarity: 0.79 },
      { term: 'fear', similarity: 0.75 },
    ]);
    expect(lazy.get('afraid')).toEqual([{ term: 'worri', similarity: 0.79 }]);
    expect(lazy.get('scare')).toBeUndefined();
    expect(lazy.get('lonely')).toBeUndefined();
    expect(lazy.get('#')).toBeUndefined();
    expect(() => lazy.get('fear')).toThrow(
      new RelatedTermsFormatError('related terms, line 3: "scare" is not term:percent'),
    );
  });

  it('ships a table keyed by index terms, with words but no numbers, days or months', () => {
    const table = shippedRelatedTerms();
    expect(table.size).toBeGreaterThan(20_000);
    expect(table.get(processTerm('worried') ?? '')?.map((r) => r.term)).toContain(processTerm('afraid'));
    // A wrong number or day never answers a question, however near in meaning ("two" and "three").
    const numbers = ['1990', 'two', 'three', 'hundred', 'second', 'monday', 'tuesday', 'january'].map(
      (w) => processTerm(w) ?? w,
    );
    const misfits: string[] = [];
    for (const [term, related] of table) {
      if (numbers.includes(term)) misfits.push(term);
      for (const r of related) {
        if (r.similarity < 0.6 || r.term === term || numbers.includes(r.term))
          misfits.push(`${term}→${r.term}`);
      }
    }
    expect(misfits).toEqual([]);
  });
});
