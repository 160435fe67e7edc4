import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { SqliteBaselineError } from './SqliteBaselineError.js';

/**
 * Where the SQLite baseline (better-sqlite3) is installed on demand, relative to the working directory (npm runs
 * scripts from the project root). Git-ignored with the rest of `.cache/`. It is not a dependency of the project:
 * it compiles SQLite from C sources, which takes minutes and needs a C toolchain, and only the FTS5 yardstick of
 * the SQuAD eval and the bench uses it.
 */
export const SQLITE_BASELINE_DIR = join('.cache', 'sqlite-baseline');

/** The package installed: version 12, since 13 crashes (segmentation fault) on Node 20. */
export const SQLITE_BASELINE_PACKAGE = 'better-sqlite3@12';

/** The command that installs the baseline by hand, as printed in messages. */
export const SQLITE_BASELINE_INSTALL = `npm install --prefix ${SQLITE_BASELINE_DIR} ${SQLITE_BASELINE_PACKAGE}`;

/** The statements of better-sqlite3 that the baseline uses (declared here, so no @types package is needed). */
export interface SqliteStatement {
  run(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

/** The part of better-sqlite3's `Database` that the baseline uses. */
export interface SqliteDatabase {
  exec(sql: string): unknown;
  prepare(sql: string): SqliteStatement;
  transaction<F extends (...args: never[]) => unknown>(work: F): F;
  pragma(source: string, options: { simple: true }): unknown;
  close(): unknown;
}

/** better-sqlite3's default export: opens a database (`':memory:'` for an in-memory one). */
export type SqliteConstructor = new (filename: string) => SqliteDatabase;

const isMissingModule = (error: unknown): boolean =>
  (error as { code?: unknown }).code === 'MODULE_NOT_FOUND' &&
  String((error as Error).message).includes("'better-sqlite3'");

/**
 * better-sqlite3 from `dir` (or a `node_modules` above it), checked by opening an in-memory database, since its
 * native part loads only then. Null when it is not installed; never installs anything.
 * @throws SqliteBaselineError when it is installed but does not load (built for another Node version, say).
 */
export function findSqliteBaseline(dir: string = SQLITE_BASELINE_DIR): SqliteConstructor | null {
  const require = createRequire(join(resolve(dir), 'package.json'));
  try {
    const Database = require('better-sqlite3') as SqliteConstructor;
    new Database(':memory:').close();
    return Database;
  } catch (error) {
    if (isMissingModule(error)) return null;
    throw new SqliteBaselineError(
      `better-sqlite3 in ${dir} does not load (${(error as Error).message.split('\n')[0]}). ` +
        `Delete ${dir} to reinstall it.`,
    );
  }
}

function runNpm(args: readonly string[]): Promise<number | null> {
  return new Promise((done, fail) => {
    // npm's own output goes to stderr, so it never mixes with a report printed on stdout (`--json`).
    const child = spawn('npm', args, { stdio: ['ignore', 2, 2], shell: process.platform === 'win32' });
    child.on('error', fail);
    child.on('close', done);
  });
}

/**
 * better-sqlite3 for the FTS5 baseline, installed into `dir` first when it is missing (saying so through
 * `progress`, since compiling it takes minutes).
 * @throws SqliteBaselineError when the install fails or what it installed does not load.
 */
export async function loadSqliteBaseline(
  progress: (message: string) => void,
  dir: string = SQLITE_BASELINE_DIR,
): Promise<SqliteConstructor> {
  const found = findSqliteBaseline(dir);
  if (found) return found;
  progress(
    `The SQLite FTS5 baseline (${SQLITE_BASELINE_PACKAGE}) is not installed; installing it into ${dir}. ` +
      'It compiles SQLite from C sources: this takes a few minutes (about 3 on an idle 2-core machine, far longer on a busy one) and needs a ' +
      'C toolchain (python3, make, g++). It is done once; the folder is git-ignored.',
  );
  await mkdir(dir, { recursive: true });
  const manifest = join(dir, 'package.json');
  // Its own package.json, so npm installs here and never into the project's node_modules.
  if (!existsSync(manifest)) {
    // allowScripts: npm 11 asks for its build script to be approved.
    const allow = {
      name: 'verbatim-sqlite-baseline',
      private: true,
      allowScripts: { 'better-sqlite3': true },
    };
    await writeFile(manifest, `${JSON.stringify(allow, null, 2)}\n`);
  }
  const code = await runNpm([
    'install',
    '--prefix',
    dir,
    SQLITE_BASELINE_PACKAGE,
    '--no-audit',
    '--no-fund',
  ]).catch((error: Error) => {
    throw new SqliteBaselineError(`Could not run npm to install the SQLite baseline: ${error.message}`);
  });
  const installed = code === 0 ? findSqliteBaseline(dir) : null;
  if (!installed) {
    throw new SqliteBaselineError(
      `Installing the SQLite baseline failed (npm exited with code ${code}; its messages are above). ` +
        'Compiling better-sqlite3 needs python3, make and a C++ compiler (on Debian: apt-get install ' +
        `build-essential python3). Retry with: npm install --prefix ${dir} ${SQLITE_BASELINE_PACKAGE}`,
    );
  }
  progress('SQLite baseline installed.');
  return installed;
}
