import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFtsQuery } from '../../../src/eval/squad/buildFtsQuery.js';
import { NEEDS_SQLITE, sqlite } from '../../support/sqliteBaseline.js';

const db = sqlite === null ? null : new sqlite(':memory:');
db?.exec(`CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='porter unicode61')`);
db?.prepare('INSERT INTO docs(rowid, body) VALUES (?, ?)').run(
  1,
  "Denver's defence won the well-known Super Bowl",
);
const statement = db?.prepare('SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs)');
const search = (match: string): unknown[] => statement?.all(match) ?? [];
afterAll(() => db?.close());

describe('buildFtsQuery', () => {
  it("ORs the question's distinct non-stop words, each quoted", () => {
    expect(buildFtsQuery('Which team won the Super Bowl? Which team?')).toBe('"team" OR "super" OR "bowl"');
  });

  it('is null when only stop words remain', () => {
    expect(buildFtsQuery('What was it?')).toBeNull();
    expect(buildFtsQuery('?!')).toBeNull();
  });

  it.skipIf(!sqlite).each([
    ['quotes', 'Who said "we won"?'],
    ['apostrophes', "What was Denver's defence called?"],
    ['hyphens', 'Who is well-known?'],
    ['FTS keywords', 'NEAR AND NOT OR defence'],
    ['FTS syntax characters', 'defence* ^column: (won) + {x} - "'],
  ])(`never gives FTS5 a syntax error for %s ${NEEDS_SQLITE}`, (_name, question) => {
    const match = buildFtsQuery(question);
    expect(match).not.toBeNull();
    expect(() => search(match ?? '')).not.toThrow();
  });

  it.skipIf(!sqlite)(`finds stemmed words through the porter tokenizer ${NEEDS_SQLITE}`, () => {
    expect(search(buildFtsQuery('Which defences are winning?') ?? '')).toEqual([{ rowid: 1 }]);
  });

  it.skipIf(!sqlite)(`gives a valid MATCH expression for any string ${NEEDS_SQLITE}`, () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (question) => {
        const match = buildFtsQuery(question);
        if (match !== null) search(match);
      }),
      { numRuns: 300 },
    );
  });
});
