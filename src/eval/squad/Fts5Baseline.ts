import { buildFtsQuery } from './buildFtsQuery.js';
import type { SqliteConstructor, SqliteDatabase, SqliteStatement } from './loadSqliteBaseline.js';

/** A document for a baseline index: `id` names what a hit counts as (a paragraph or article id). */
export interface BaselineDocument {
  readonly id: string;
  readonly text: string;
}

/**
 * The SQLite FTS5 baseline: an in-memory table with `tokenize='porter unicode61'`, queried with the question's
 * non-stop words OR-ed (see buildFtsQuery) and ranked by `bm25()`. Call `close()` when done. `Database` is
 * better-sqlite3's, from loadSqliteBaseline (it is installed on demand, not a dependency).
 */
export class Fts5Baseline {
  private readonly db: SqliteDatabase;
  private readonly ids: readonly string[];
  private readonly query: SqliteStatement;

  constructor(Database: SqliteConstructor, documents: readonly BaselineDocument[]) {
    this.db = new Database(':memory:');
    this.db.exec(`CREATE VIRTUAL TABLE docs USING fts5(body, tokenize='porter unicode61')`);
    const insert = this.db.prepare('INSERT INTO docs(rowid, body) VALUES (?, ?)');
    this.db.transaction(() => {
      documents.forEach((document, index) => insert.run(index + 1, document.text));
    })();
    this.ids = documents.map((document) => document.id);
    this.query = this.db.prepare('SELECT rowid FROM docs WHERE docs MATCH ? ORDER BY bm25(docs) LIMIT ?');
  }

  /** Ids of the best `limit` documents for `question`, best first; empty when no word matches. */
  search(question: string, limit: number): string[] {
    const match = buildFtsQuery(question);
    if (match === null) return [];
    const rows = this.query.all(match, limit) as { rowid: number }[];
    return rows.map((row) => this.ids[row.rowid - 1] ?? '');
  }

  /** Size of the database in bytes (page count × page size), what it would take on disk. */
  sizeBytes(): number {
    const pages = this.db.pragma('page_count', { simple: true }) as number;
    const pageSize = this.db.pragma('page_size', { simple: true }) as number;
    return pages * pageSize;
  }

  close(): void {
    this.db.close();
  }
}
