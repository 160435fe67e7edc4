// What a build is and whether it is still current: the entry points, the record `build.json` keeps of the
// files that went into the build, and the freshness check. CommonJS and synchronous, so that `scripts/run.cjs`
// can check a build at every start without loading ES-module machinery or esbuild (scripts/build.mjs, which
// builds, is loaded only when a build is missing or stale).
'use strict';
const {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} = require('node:fs');
const path = require('node:path');

/** The repository root (scripts/..). */
const ROOT = path.resolve(__dirname, '..');

/**
 * Every module that is started as a process or a worker, relative to the root. `run.cjs` runs only these;
 * add a script here when a new one gets an npm command.
 */
const ENTRY_POINTS = [
  'src/cli/ask.ts',
  'src/cli/sources.ts',
  'src/cli/add.ts',
  'src/cli/eval.ts',
  'src/bot.ts',
  'src/deploy-commands.ts',
  'src/playground.ts',
  'src/bench/bench.ts',
  // bench.ts and loadBench.ts start themselves again in child processes.
  'src/bench/loadBench.ts',
  // The index worker imports it (see src/engine/warmIndexCache.ts).
  'src/engine/loadEngine.ts',
];

/**
 * Entry points also built as one CommonJS file each (`<build>/src/cli/ask.cjs`), which `run.cjs` runs rather
 * than the ES-module build: the quick terminal commands, where start-up is most of the wall time. Node 20 loads
 * a CommonJS file some 40 ms sooner than the same code as ES-module chunks (no module graph to link, no
 * ES-module facade for each built-in module it imports). They must not use top-level await.
 */
const COMMONJS_ENTRY_POINTS = ['src/cli/ask.ts', 'src/cli/sources.ts'];

/** @typedef {{ root: string, dir: string, node?: string, hashes: Record<string, string | null>, stats?: Record<string, string | null> }} BuildRecord */

/**
 * The record of the current build under `root`, or null when there is none.
 * @param {string} root
 * @returns {BuildRecord | null}
 */
function readBuildRecord(root) {
  try {
    return JSON.parse(readFileSync(path.join(root, '.cache', 'build', 'build.json'), 'utf8'));
  } catch {
    return null;
  }
}

/**
 * Whether the build described by `record` still matches the files on disk under `root` and this Node.js: sizes and times are
 * compared for every input (some 100 `stat` calls, about a millisecond), and only a file whose size or time
 * moved is hashed (a checkout or `touch` changes times, not content).
 * @param {string} root
 * @param {BuildRecord} record
 * @returns {boolean}
 */
function isFresh(root, record) {
  // The bundle holds absolute URLs of its modules, so a moved or copied checkout builds its own.
  if (record.root !== root || !existsSync(path.join(root, '.cache', 'build', record.dir))) return false;
  // Built for the Node.js that made it (esbuild's target): another one builds its own.
  if (record.node !== process.version) return false;
  return Object.keys(record.hashes).every(
    (file) =>
      statOf(path.join(root, file)) === record.stats?.[file] ||
      hashFile(path.join(root, file)) === record.hashes[file],
  );
}

/**
 * @param {string} file
 * @returns {string | null} "size:mtime in ms" of the file (the time to the microsecond or so), null when it is
 *   missing. Not the nanosecond `bigint` form: making BigInts of every field doubles the cost of a `stat`.
 */
function statOf(file) {
  const stats = statSync(file, { throwIfNoEntry: false });
  return stats ? `${stats.size}:${stats.mtimeMs}` : null;
}

/** @param {string} file @returns {string | null} sha256 of the file, null when it cannot be read */
function hashFile(file) {
  try {
    // Required here: node:crypto takes a few ms to load, and a current build hashes nothing.
    return require('node:crypto').createHash('sha256').update(readFileSync(file)).digest('base64url');
  } catch {
    return null;
  }
}

/** Folder in a build where each process running from it keeps a file named by its pid (see markInUse). */
const IN_USE_DIR = '.in-use';

/**
 * Marks the build folder `dir` as used by this process until it exits, so that pruning old builds (build.mjs)
 * leaves it alone: a bot started from it imports from it for as long as it runs (its index worker, the
 * analysis libraries loaded on first use), and so do the child processes a benchmark starts from it while the
 * benchmark runs, however many builds later edits make meanwhile. Best effort: a folder that cannot be written
 * is only pruned like any other.
 * @param {string} dir
 */
function markInUse(dir) {
  const mark = path.join(dir, IN_USE_DIR, String(process.pid));
  try {
    mkdirSync(path.dirname(mark), { recursive: true });
    writeFileSync(mark, '');
  } catch {
    return;
  }
  process.once('exit', () => {
    // A mark left behind (a failed removal, or a process ended by a signal, which emits no 'exit') only keeps
    // the build until isInUse finds its process gone: it costs disk, never a wrong build.
    try {
      rmSync(mark, { force: true });
    } catch {
      // Never turn a clean exit into a failed one over a mark.
    }
  });
}

/**
 * Whether a process that marked the build folder `dir` (see markInUse) still runs. A mark whose process is
 * gone (killed before it could remove it) is removed.
 * @param {string} dir
 */
function isInUse(dir) {
  let pids;
  try {
    pids = readdirSync(path.join(dir, IN_USE_DIR));
  } catch {
    return false;
  }
  let used = false;
  for (const name of pids) {
    const pid = Number(name);
    if (Number.isInteger(pid) && pid > 0 && isRunning(pid)) {
      used = true;
      continue;
    }
    try {
      rmSync(path.join(dir, IN_USE_DIR, name), { force: true });
    } catch {
      // A mark that cannot be removed (another user's) is kept, and so is its build.
      used = true;
    }
  }
  return used;
}

/** @param {number} pid */
function isRunning(pid) {
  try {
    // Signal 0 only asks whether the process exists; EPERM: it does, as another user's.
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return /** @type {NodeJS.ErrnoException} */ (error).code === 'EPERM';
  }
}

module.exports = {
  ROOT,
  markInUse,
  isInUse,
  ENTRY_POINTS,
  COMMONJS_ENTRY_POINTS,
  readBuildRecord,
  isFresh,
  statOf,
  hashFile,
};
