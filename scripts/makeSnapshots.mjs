// The V8 start-up snapshots of scripts/build.mjs's builds: `npm run ask` starts Node from one (scripts/run.sh) with
// the command's code loaded and, after a warm-up question, compiled (see src/cli/askSnapshot.ts).
import { readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import process from 'node:process';

/**
 * Entry points that scripts/run.sh starts from a V8 start-up snapshot, with the module whose compiled bundle
 * makes it (`node --build-snapshot`): the blob is `<build>/src/cli/ask.blob`. Only `npm run ask`, the command
 * whose start-up is most of its time; making the snapshot adds about a second to a build.
 */
export const SNAPSHOTS = { 'src/cli/ask.ts': 'src/cli/askSnapshot.ts' };
/**
 * V8 flags a snapshot is made with, which scripts/run.sh must start it with too (Node refuses a snapshot made
 * with other flags). `--no-regexp-tier-up`: a regular expression is compiled to machine code at its first use,
 * not first to bytecode and again to machine code at its second; a snapshot keeps no compiled expressions, so
 * a question compiles its few dozen each time (41 interleaved runs: 229 -> 206 ms CPU median).
 */
export const SNAPSHOT_NODE_FLAGS = ['--no-regexp-tier-up'];

/**
 * Makes the start-up snapshot of each of SNAPSHOTS in the build folder `outdir`. A snapshot that cannot be made
 * is no failure of the build: its command starts from the bundle, as without one (scripts/run.sh), and says why
 * once here.
 * @param {string} root
 * @param {string} outdir
 */
export async function makeSnapshots(root, outdir) {
  const { execFile } = await import('node:child_process');
  const { promisify } = await import('node:util');
  const { isBuiltin } = await import('node:module');
  for (const [entry, maker] of Object.entries(SNAPSHOTS)) {
    const blob = path.join(outdir, entry.replace(/\.ts$/, '.blob'));
    const script = path.join(outdir, maker.replace(/\.ts$/, '.cjs'));
    // In a snapshot, `require` reaches Node's own modules only, and `import()` nothing: code that loads a
    // package must use `createRequire` (as src/corpus/readDate.ts does), or the command would fail at run time.
    const code = await readFile(script, 'utf8');
    const unreachable = [...code.matchAll(/\brequire\("([^"]+)"\)|(?<![\w$.])import\(/g)]
      .map((m) => (m[1] === undefined ? 'import()' : m[1]))
      .filter((name) => !isBuiltin(name));
    if (unreachable.length > 0) {
      process.stderr.write(
        `note: no start-up snapshot for ${entry}: its code loads ${[...new Set(unreachable)].join(', ')} ` +
          'without createRequire; it starts from its bundle\n',
      );
      continue;
    }
    try {
      const args = [...SNAPSHOT_NODE_FLAGS, '--snapshot-blob', blob, '--build-snapshot', script];
      await promisify(execFile)(process.execPath, args, {
        cwd: root,
        // Flags from NODE_OPTIONS would be made part of the snapshot, and Node refuses a snapshot made with
        // other flags than it runs with: scripts/run.sh starts it only when NODE_OPTIONS is empty.
        env: { ...process.env, NODE_OPTIONS: '' },
        // Generous: about a second on an idle 2-core machine.
        timeout: 120_000,
      });
    } catch (error) {
      await rm(blob, { force: true });
      const why = String(/** @type {{ stderr?: string }} */ (error).stderr || error)
        .trim()
        .split('\n')
        .at(-1);
      process.stderr.write(`note: no start-up snapshot for ${entry} (${why}); it starts from its bundle\n`);
    }
  }
}
