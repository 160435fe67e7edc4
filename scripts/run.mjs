// `node scripts/run.mjs <entry.ts> [args...]`: runs one of the entry points (see ENTRY_POINTS in build.mjs) from
// its compiled bundle, building it first when the sources changed. The npm scripts (`npm run ask`, `npm start`,
// ...) go through here: starting compiled JavaScript takes a fraction of what compiling the TypeScript at every
// start (tsx) did. The arguments after the entry reach it as `process.argv.slice(2)`, as with `node entry.js`.
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import { ENTRY_POINTS, ensureBuild, ROOT } from './build.mjs';

const [entry, ...args] = process.argv.slice(2);
const relative =
  entry === undefined ? '' : path.relative(ROOT, path.resolve(entry)).split(path.sep).join('/');
if (!ENTRY_POINTS.includes(relative)) {
  process.stderr.write(
    `Usage: node scripts/run.mjs <entry> [args...], entry one of:\n  ${ENTRY_POINTS.join('\n  ')}\n`,
  );
  process.exit(2);
}
const compiled = path.join(await ensureBuild(), relative.replace(/\.ts$/, '.js'));
// As if started as `node <compiled entry> args...`: scripts that start themselves again read argv[1].
process.argv = [process.argv[0] ?? process.execPath, compiled, ...args];
await import(pathToFileURL(compiled).href);
