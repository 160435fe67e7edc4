import {
  findSqliteBaseline,
  SQLITE_BASELINE_DIR,
  SQLITE_BASELINE_INSTALL,
} from '../../src/eval/squad/loadSqliteBaseline.js';
import { SqliteBaselineError } from '../../src/eval/squad/SqliteBaselineError.js';
import type { SqliteConstructor } from '../../src/eval/squad/loadSqliteBaseline.js';

function find(): { sqlite: SqliteConstructor | null; problem: string } {
  try {
    return { sqlite: findSqliteBaseline(), problem: 'not installed' };
  } catch (error) {
    // Half installed (an install still compiling, or one that failed): skip, saying why.
    if (error instanceof SqliteBaselineError) return { sqlite: null, problem: error.message };
    throw error;
  }
}

const found = find();

/** better-sqlite3 when installed in .cache/sqlite-baseline (it is not a dependency), else null. */
export const sqlite = found.sqlite;

/** Appended to the names of tests that need SQLite, so a skipped run says why and how to run them. */
export const NEEDS_SQLITE = `(needs the SQLite baseline in ${SQLITE_BASELINE_DIR}, skipped when absent: ${found.problem}; install: ${SQLITE_BASELINE_INSTALL})`;
