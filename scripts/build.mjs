// The compiled JavaScript that `npm run ask`, `npm start` and the other commands run (see scripts/run.cjs):
// one esbuild bundle per entry point, with shared code split into chunks and most packages left external, under
// `.cache/build/` (git-ignored); the quick terminal commands also as one CommonJS file each (see
// COMMONJS_ENTRY_POINTS in buildRecord.cjs). Plain JavaScript, so it runs before anything is compiled.
//
// A build is never used stale: `build.json` records the content hash, size and modification time of every file
// that went into it (esbuild's own list of inputs) and of the files that shape it (package.json, tsconfig.json,
// these scripts). `isFresh` (buildRecord.cjs) looks at sizes and times at every start and hashes only the files
// whose size or time changed; `ensureBuild` rebuilds on any difference of content.
//
// Module-relative paths keep working: each module's `import.meta.url` is the URL its compiled file would have
// had if compiled one to one (`<build>/src/engine/loadEngine.js`), so a worker or child process started from
// `import.meta.url` finds its compiled entry, and the files beside the sources that are not TypeScript
// (such as src/playground/page/) and the `data/` folder are linked into the build at the same relative places.
import { existsSync } from 'node:fs';
import { copyFile, mkdir, readdir, readFile, rename, rm, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';
import { pathToFileURL } from 'node:url';
import buildRecord from './buildRecord.cjs';

const { COMMONJS_ENTRY_POINTS, ENTRY_POINTS, ROOT, hashFile, isFresh, isInUse, readBuildRecord, statOf } =
  buildRecord;
export { ENTRY_POINTS, isFresh, readBuildRecord, ROOT };

/**
 * Packages bundled into the build rather than loaded from node_modules: the ones every `npm run ask` loads.
 * Node resolves and compiles each file of an external package at every start (zod alone is some 190 files);
 * bundled, they cost one read, and the answer to a question comes ~50 ms of CPU sooner. Every other dependency
 * stays external (discord.js and its optional native modules would not bundle cleanly, and most are loaded only
 * by the bot or `npm run add`).
 */
const BUNDLED_PACKAGES = ['zod', 'minisearch', 'stemmer'];

/** Files outside esbuild's inputs that change what a build is: its settings and this script. */
// package-lock.json stands for the bundled packages' files (zod alone is some 190), which are not recorded one
// by one: a different version of one changes the lock, and every start stats a quarter as many files.
const SHAPING_FILES = [
  'package.json',
  'package-lock.json',
  'tsconfig.json',
  'scripts/build.mjs',
  'scripts/buildRecord.cjs',
  // Read at run time, not bundled, but the saved index's person tags depend on it: a change makes a new build,
  // whose index fingerprint (kept per build, see src/index/indexFingerprint.ts) is made again.
  'data/given-names.txt',
];

/** Source folders whose files that are not TypeScript are read at run time relative to a module. */
const SOURCE_DIRS = ['src', 'commands'];
/** Folders linked whole into the build, so that `new URL('../../data/x.json', import.meta.url)` resolves. */
const LINKED_DIRS = ['data'];
/**
 * Builds kept besides the newest, and besides those a running process marked as its own (see markInUse in
 * buildRecord.cjs): a command started just before a rebuild may not have marked its build yet.
 */
const OLD_BUILDS_KEPT = 3;

/**
 * The folder holding the current build of `root`'s sources, built first when missing or stale.
 * Concurrent callers are safe: each builds in its own folder and the record is replaced atomically.
 * @param {string} [root] repository root, default this repository
 * @returns {Promise<string>} absolute path of the build folder
 */
export async function ensureBuild(root = ROOT) {
  const cacheDir = path.join(root, '.cache', 'build');
  const current = readBuildRecord(root);
  if (current && isFresh(root, current)) return path.join(cacheDir, current.dir);
  return build(root, cacheDir);
}

/**
 * Builds every entry point into a new folder under `cacheDir` and records it as the current build.
 * @param {string} root
 * @param {string} cacheDir
 * @returns {Promise<string>} the new build folder
 */
async function build(root, cacheDir) {
  // Loaded only when building: esbuild is a dependency (not a dev one) because `npm start` builds too.
  const esbuild = await import('esbuild');
  const dir = `${Date.now().toString(36)}-${process.pid}`;
  const outdir = path.join(cacheDir, dir);
  const staging = `${outdir}.tmp`;
  await mkdir(staging, { recursive: true });
  try {
    /** @type {import('esbuild').BuildOptions} */
    const common = {
      absWorkingDir: root,
      outbase: root,
      outdir: staging,
      bundle: true,
      platform: 'node',
      target: 'node20',
      // Less source for V8 to read at every start; names are kept, and the source maps lead back.
      minifyWhitespace: true,
      sourcemap: 'linked',
      metafile: true,
      logLevel: 'silent',
      // The build's own folder, where code may keep what depends only on the code (src/index/indexCache.ts).
      define: { 'globalThis.VERBATIM_BUILD_DIR': JSON.stringify(outdir) },
      plugins: [externalPackages(), compiledModuleUrls(root, outdir)],
    };
    const results = await Promise.all([
      esbuild.build({
        ...common,
        entryPoints: ENTRY_POINTS,
        splitting: true,
        format: 'esm',
        chunkNames: 'chunks/[name]-[hash]',
      }),
      // Beside the ES-module build: src/cli/ask.cjs next to src/cli/ask.js. A dynamic import() becomes a
      // require() where it stands, so what it loads (the HTML reader, say) is still loaded only when needed.
      esbuild.build({
        ...common,
        entryPoints: COMMONJS_ENTRY_POINTS,
        format: 'cjs',
        outExtension: { '.js': '.cjs' },
      }),
    ]);
    const copied = await linkSourceAssets(root, staging);
    const compiled = new Set(
      results
        .flatMap((result) => Object.keys(result.metafile?.inputs ?? {}))
        .filter((file) => !file.startsWith('node_modules/')),
    );
    const inputs = [...compiled, ...SHAPING_FILES, ...copied];
    await rename(staging, outdir);
    // Times before hashes: a file edited in between gets a newer time than recorded, so it is hashed again.
    const stats = Object.fromEntries(inputs.map((file) => [file, statOf(path.join(root, file))]));
    const hashes = Object.fromEntries(inputs.map((file) => [file, hashFile(path.join(root, file))]));
    const record = path.join(cacheDir, 'build.json');
    const node = process.version;
    await writeFile(`${record}.${process.pid}.tmp`, JSON.stringify({ root, dir, node, hashes, stats }));
    await rename(`${record}.${process.pid}.tmp`, record);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
  await pruneOldBuilds(cacheDir, dir);
  return outdir;
}

/**
 * An esbuild plugin that leaves every package import (and Node's own modules) to be resolved at run time, but
 * those of BUNDLED_PACKAGES.
 * @returns {import('esbuild').Plugin}
 */
function externalPackages() {
  return {
    name: 'external-packages',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /^[^./]/ }, (args) => {
        const [scopeOrName = '', name = ''] = args.path.split('/');
        const packageName = scopeOrName.startsWith('@') ? `${scopeOrName}/${name}` : scopeOrName;
        return BUNDLED_PACKAGES.includes(packageName) ? undefined : { path: args.path, external: true };
      });
    },
  };
}

/**
 * An esbuild plugin that replaces `import.meta.url` (and `import.meta.filename` and `import.meta.dirname`) in
 * each TypeScript module by the URL (path, folder) of that module's would-be compiled file under `outdir`
 * (src/engine/loadEngine.ts -> <outdir>/src/engine/loadEngine.js), since in a bundle the real one is the
 * bundle's or a chunk's.
 * @param {string} root
 * @param {string} outdir
 * @returns {import('esbuild').Plugin}
 */
function compiledModuleUrls(root, outdir) {
  return {
    name: 'compiled-module-urls',
    setup(pluginBuild) {
      pluginBuild.onLoad({ filter: /\.ts$/ }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!source.includes('import.meta.') || args.path.includes(`${path.sep}node_modules${path.sep}`))
          return { contents: source, loader: 'ts' };
        const compiled = path.join(outdir, path.relative(root, args.path)).replace(/\.ts$/, '.js');
        const contents = source
          .replaceAll('import.meta.url', JSON.stringify(pathToFileURL(compiled).href))
          .replaceAll('import.meta.filename', JSON.stringify(compiled))
          .replaceAll('import.meta.dirname', JSON.stringify(path.dirname(compiled)));
        return { contents, loader: 'ts' };
      });
    },
  };
}

/**
 * Links into the build, at the same relative places, the files under the source folders that are not
 * TypeScript and the `data/` folder, so reads relative to a module find the originals (edits included).
 * @param {string} root
 * @param {string} outdir
 * @returns {Promise<string[]>} the files copied rather than linked (their changes must make the build stale)
 */
async function linkSourceAssets(root, outdir) {
  const copied = [];
  for (const dir of SOURCE_DIRS) {
    const entries = await readdir(path.join(root, dir), { recursive: true, withFileTypes: true }).catch(
      () => [],
    );
    for (const entry of entries) {
      if (!entry.isFile() || /\.[cm]?ts$/.test(entry.name)) continue;
      const relative = path.relative(root, path.join(entry.parentPath, entry.name));
      if (!(await linkOrCopy(path.join(root, relative), path.join(outdir, relative)))) copied.push(relative);
    }
  }
  for (const dir of LINKED_DIRS) {
    if (existsSync(path.join(root, dir)))
      await linkOrCopy(path.join(root, dir), path.join(outdir, dir), true);
  }
  return copied;
}

/**
 * Makes `link` point to `target`; a file is copied where symbolic links are not allowed (Windows without
 * developer mode). A folder is linked as a junction there, which needs no right.
 * @param {string} target
 * @param {string} link
 * @param {boolean} [isDir]
 * @returns {Promise<boolean>} false when the file was copied
 */
async function linkOrCopy(target, link, isDir = false) {
  await mkdir(path.dirname(link), { recursive: true });
  try {
    await symlink(target, link, isDir ? 'junction' : 'file');
    return true;
  } catch (error) {
    if (isDir) throw error;
    await copyFile(target, link);
    return false;
  }
}

/** @param {string} cacheDir @param {string} newest */
async function pruneOldBuilds(cacheDir, newest) {
  const builds = (await readdir(cacheDir, { withFileTypes: true }))
    .filter((entry) => entry.isDirectory() && entry.name !== newest && !entry.name.endsWith('.tmp'))
    .map((entry) => entry.name)
    // Folder names start with the build time in base 36, so they sort by age.
    .sort((a, b) => parseInt(b, 36) - parseInt(a, 36));
  for (const old of builds.slice(OLD_BUILDS_KEPT)) {
    if (isInUse(path.join(cacheDir, old))) continue;
    await rm(path.join(cacheDir, old), { recursive: true, force: true });
  }
}
