import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { buildFtsQuery } from '../../../src/eval/squad/buildFtsQuery.js';

const db = new Database(':memory:');
db.exec(`CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='porter unicode61')`);
db.prepare('INSERT INTO docs(rowid, body) VALUES (?, ?)').run(
  1,
  "Denver's defence won the well-known Super Bowl",
);
const search = db.prepare<[string], { rowid: number }>(
  'SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs)',
);
afterAll(() => db.close());

describe('buildFtsQuery', () => {
  it("ORs the question's distinct non-stop words, each quoted", () => {
    expect(buildFtsQuery('Which team won the Super Bowl? Which team?')).toBe('"team" OR "super" OR "bowl"');
  });

  it('is null when only stop words remain', () => {
    expect(buildFtsQuery('What was it?')).toBeNull();
    expect(buildFtsQuery('?!')).toBeNull();
  });

  it.each([
    ['quotes', 'Who said "we won"?'],
    ['apostrophes', "What was Denver's defence called?"],
    ['hyphens', 'Who is well-known?'],
    ['FTS keywords', 'NEAR AND NOT OR defence'],
    ['FTS syntax characters', 'defence* ^column: (won) + {x} - "'],
  ])('never gives FTS5 a syntax error for %s', (_name, question) => {
    const match = buildFtsQuery(question);
    expect(match).not.toBeNull();
    expect(() => search.all(match ?? '')).not.toThrow();
  });

  it('finds stemmed words through the porter tokenizer', () => {
    expect(search.all(buildFtsQuery('Which defences are winning?') ?? '')).toEqual([{ rowid: 1 }]);
  });

  it('gives a valid MATCH expression for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (question) => {
        const match = buildFtsQuery(question);
        if (match !== null) search.all(match);
      }),
      { numRuns: 300 },
    );
  });
});
