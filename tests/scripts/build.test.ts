// scripts/build.mjs: the compiled JavaScript the npm scripts run is rebuilt whenever a source changes, so a
// stale build never runs. Builds a copy of the repository's sources in a temporary folder.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { appendFile, cp, readFile, symlink, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENTRY_POINTS, ensureBuild, isFresh, readBuildRecord } from '../../scripts/build.mjs';
import { REPO_ROOT, tempDir } from '../support/fixtureCorpus.js';

let root: string;
let cleanup: () => Promise<void>;

beforeAll(async () => {
  ({ dir: root, cleanup } = await tempDir('verbatim-build-'));
  for (const entry of ['src', 'commands', 'scripts', 'data', 'package.json', 'tsconfig.json'])
    await cp(path.join(REPO_ROOT, entry), path.join(root, entry), { recursive: true });
  await symlink(path.join(REPO_ROOT, 'node_modules'), path.join(root, 'node_modules'), 'junction');
});
afterAll(async () => {
  await cleanup();
});

function currentRecord() {
  const record = readBuildRecord(root);
  if (!record) throw new Error('no build record');
  return record;
}

/**
 * Edits the help text of `npm run ask` in the checkout `dir` (appending `mark`), then runs `node scripts/run.cjs
 * src/cli/ask.ts --help` there, as `npm run ask -- --help` would; `restore` puts the source back.
 */
async function editHelpThenAsk(dir: string, mark: string) {
  const ask = path.join(dir, 'src/cli/askMain.ts');
  const source = await readFile(ask, 'utf8');
  await writeFile(ask, source.replace('-h, --help  this help', `-h, --help  this help ${mark}`));
  const run = spawnSync(process.execPath, [path.join(dir, 'scripts/run.cjs'), 'src/cli/ask.ts', '--help'], {
    cwd: dir,
    encoding: 'utf8',
  });
  return { run, restore: () => writeFile(ask, source) };
}

describe('ensureBuild', () => {
  it('reuses a build while the sources are unchanged, and rebuilds after a source file is edited', async () => {
    const first = await ensureBuild(root);
    expect(isFresh(root, currentRecord())).toBe(true);
    expect(await ensureBuild(root)).toBe(first);

    // An edit of a string that the ask command prints.
    const ask = path.join(root, 'src/cli/askMain.ts');
    await writeFile(
      ask,
      (await readFile(ask, 'utf8')).replace('Usage: npm run ask', 'Usage (edited): npm run ask'),
    );
    expect(isFresh(root, currentRecord())).toBe(false);
    const second = await ensureBuild(root);
    expect(second).not.toBe(first);
    expect(isFresh(root, currentRecord())).toBe(true);
    // Both forms of the command: the ES-module build and the CommonJS file that `npm run ask` runs.
    expect(await readFile(path.join(second, 'src/cli/ask.js'), 'utf8')).toContain('Usage (edited)');
    expect(await readFile(path.join(second, 'src/cli/ask.cjs'), 'utf8')).toContain('Usage (edited)');
  });

  it('looks at the content, not only sizes and times: a touched file is fresh, a same-size edit is stale', async () => {
    await ensureBuild(root);
    const answer = path.join(root, 'src/answer/answer.ts');
    const later = new Date(Date.now() + 60_000);
    await utimes(answer, later, later);
    expect(isFresh(root, currentRecord())).toBe(true);

    const source = await readFile(answer, 'utf8');
    const swapped = source.replace('export', 'EXPORT');
    expect(swapped.length).toBe(source.length);
    await writeFile(answer, swapped);
    expect(isFresh(root, currentRecord())).toBe(false);
    await writeFile(answer, source);
  });

  it('rebuilds for another Node.js, the target of its bundle', async () => {
    await ensureBuild(root);
    expect(isFresh(root, { ...currentRecord(), node: 'v0.0.0' })).toBe(false);
  });

  it('never runs a stale build: after an edit, `npm run ask` (scripts/run.cjs) prints the edited text', async () => {
    const built = await ensureBuild(root);
    const { run, restore } = await editHelpThenAsk(root, '(edited again)');
    expect(run.stderr).toBe('');
    expect(run.stdout).toContain('this help (edited again)');
    expect(run.status).toBe(0);
    expect(path.join(root, '.cache/build', currentRecord().dir)).not.toBe(built);
    await restore();
  });

  it('never runs the build of another checkout: a copied checkout, edited, prints its own text', async () => {
    await ensureBuild(root);
    const { dir: copy, cleanup: removeCopy } = await tempDir('verbatim-build-copy-');
    try {
      // As `cp -a` would: the build folder and its record come along, naming the original.
      await cp(root, copy, { recursive: true, verbatimSymlinks: true });
      const { run } = await editHelpThenAsk(copy, '(in the copy)');
      expect(run.stdout).toContain('this help (in the copy)');
      expect(run.status).toBe(0);
    } finally {
      await removeCopy();
    }
  });

  it('never removes the build a running process started from, however many builds later edits make', async () => {
    // why: a bot runs for days from its build (its index worker and the libraries it loads on first use are
    // imported from there); edits and `npm run ask`s meanwhile make new builds, and old ones are pruned.
    const used = await ensureBuild(root);
    const running = spawn(
      process.execPath,
      [
        '-e',
        `require(${JSON.stringify(path.join(root, 'scripts/buildRecord.cjs'))}).markInUse(${JSON.stringify(used)}); console.log('marked'); setInterval(() => {}, 1000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    const ask = path.join(root, 'src/cli/askMain.ts');
    const source = await readFile(ask, 'utf8');
    const rebuild = async (n: number) => {
      // A longer text each time: an edit within the same millisecond as the last keeps its time, not its size.
      await writeFile(ask, `${source}\n// edit ${'+'.repeat(n)}\n`);
      const built = await ensureBuild(root);
      expect(built).not.toBe(used);
      return built;
    };
    try {
      await new Promise((resolve) => running.stdout.once('data', resolve));
      // More new builds than are kept besides the newest (OLD_BUILDS_KEPT, 3).
      for (let n = 1; n <= 5; n++) await rebuild(n);
      expect(existsSync(path.join(used, 'src/cli/ask.js'))).toBe(true);
      running.kill();
      await new Promise((resolve) => running.once('exit', resolve));
      // Once its process is gone, the build is pruned like any other.
      await rebuild(6);
      expect(existsSync(used)).toBe(false);
    } finally {
      running.kill();
      await writeFile(ask, source);
    }
  }, 120_000);

  it('rebuilds when a file that shapes the build changes (package.json)', async () => {
    await ensureBuild(root);
    await appendFile(path.join(root, 'package.json'), '\n');
    expect(isFresh(root, currentRecord())).toBe(false);
  });
});

describe('ENTRY_POINTS', () => {
  it('lists every module an npm script runs through run.cjs (an unlisted one would refuse to start)', async () => {
    const { scripts } = JSON.parse(await readFile(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    const started = Object.values(scripts)
      .map((command) => /scripts\/run\.cjs (\S+)/.exec(command)?.[1])
      .filter((entry): entry is string => entry !== undefined);
    expect(started.length).toBeGreaterThan(5);
    for (const entry of started) expect(ENTRY_POINTS).toContain(entry);
  });
});
