// `node scripts/run.cjs <entry.ts> [args...]`: runs one of the entry points (see ENTRY_POINTS in
// buildRecord.cjs) from its compiled build, building it first when the sources changed. The npm scripts
// (`npm run ask`, `npm start`, ...) go through here: starting compiled JavaScript takes a fraction of what
// compiling the TypeScript at every start (tsx) did. The arguments after the entry reach it as
// `process.argv.slice(2)`, as with `node entry.js`.
//
// CommonJS, and esbuild is loaded only to build: a current build is found with a few `stat` calls, and the
// quick terminal commands (COMMONJS_ENTRY_POINTS) are required as one CommonJS file each, so `npm run ask`
// spends its time answering rather than loading modules.
'use strict';
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const {
  COMMONJS_ENTRY_POINTS,
  ENTRY_POINTS,
  ROOT,
  isFresh,
  markInUse,
  readBuildRecord,
} = require('./buildRecord.cjs');

const [entry, ...args] = process.argv.slice(2);
const relative =
  entry === undefined ? '' : path.relative(ROOT, path.resolve(entry)).split(path.sep).join('/');
if (!ENTRY_POINTS.includes(relative)) {
  process.stderr.write(
    `Usage: node scripts/run.cjs <entry> [args...], entry one of:\n  ${ENTRY_POINTS.join('\n  ')}\n`,
  );
  process.exit(2);
}

/** The folder of a current build: the recorded one when fresh, else a new one (esbuild loaded only then). */
async function currentBuild() {
  const record = readBuildRecord(ROOT);
  if (record && isFresh(ROOT, record)) {
    return path.join(ROOT, '.cache', 'build', record.dir);
  }
  const { ensureBuild } = await import('./build.mjs');
  return ensureBuild();
}

void currentBuild().then((dir) => {
  // Kept from pruning while this process runs, however many builds later edits make (see markInUse).
  markInUse(dir);
  const commonJs = COMMONJS_ENTRY_POINTS.includes(relative);
  const compiled = path.join(dir, relative.replace(/\.ts$/, commonJs ? '.cjs' : '.js'));
  // As if started as `node <compiled entry> args...`: scripts that start themselves again read argv[1].
  process.argv = [process.argv[0] ?? process.execPath, compiled, ...args];
  if (commonJs) require(compiled);
  else return import(pathToFileURL(compiled).href);
});
