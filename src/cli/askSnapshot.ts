// The start-up snapshot of `npm run ask` (scripts/makeSnapshots.mjs makes `<build>/src/cli/ask.blob` from this
// file's compiled bundle with `node --build-snapshot`; scripts/run.sh starts it with `node --snapshot-blob`).
// Node then starts with this code already loaded and, after the warm-up below, compiled (V8 keeps no compiled
// regular expressions in a snapshot): a question costs some 50-70 ms less CPU than from the bundle (ask.cjs;
// interleaved runs on the seeds, the README's figures).
import { realpathSync } from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { isFresh, readBuildRecord } from '../../scripts/buildRecord.cjs';
import { askMain } from './askMain.js';
import { runCli } from './loadCliEngine.js';
import { warmUpAsk } from './warmUpAsk.js';

/**
 * The exit code that tells scripts/run.sh to run the command from the bundle instead (which rebuilds what is
 * stale, this snapshot too): Node's own code when it cannot load a snapshot (one made by another Node.js),
 * used also when this snapshot's build is no longer current. The command itself exits 0, 1 or 2.
 */
const RUN_FROM_BUNDLE_EXIT_CODE = 14;

/** The build this snapshot was made from (scripts/build.mjs defines it); undefined under tsx. */
const BUILD_DIR = (globalThis as { VERBATIM_BUILD_DIR?: string }).VERBATIM_BUILD_DIR;

/**
 * Whether this snapshot is its checkout's current build: started from the blob in its own build folder (a copied
 * checkout holds a copy of the blob, whose code would read the original's sources), and the sources still those
 * of that build (the same check as scripts/run.cjs makes).
 */
function isCurrent(): boolean {
  if (BUILD_DIR === undefined) return false;
  const blob = process.execArgv[process.execArgv.indexOf('--snapshot-blob') + 1];
  if (blob === undefined || !sameFile(blob, path.join(BUILD_DIR, 'src', 'cli', 'ask.blob'))) return false;
  const root = path.resolve(BUILD_DIR, '..', '..', '..');
  const record = readBuildRecord(root);
  return record?.dir === path.basename(BUILD_DIR) && isFresh(root, record);
}

function sameFile(a: string, b: string): boolean {
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

if (v8.startupSnapshot.isBuildingSnapshot()) {
  // The snapshot is taken once the event loop is empty: after the warm-up.
  void warmUpAsk();
  v8.startupSnapshot.setDeserializeMainFunction(() => {
    if (!isCurrent()) {
      process.exitCode = RUN_FROM_BUNDLE_EXIT_CODE;
      return;
    }
    // `node --snapshot-blob ask.blob a b` gives argv [node, a, b]: as if started as `node ask.cjs a b`.
    const args = process.argv.slice(1);
    process.argv = [
      process.argv[0] ?? process.execPath,
      path.join(BUILD_DIR ?? '', 'src/cli/ask.cjs'),
      ...args,
    ];
    runCli(() => askMain(args));
  });
}
