import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, realpath, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Corpus } from '../../src/corpus/Article.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { loadEngine } from '../../src/engine/loadEngine.js';
import type { PassageIndex } from '../../src/index/PassageIndex.js';
import { corpusKey, IndexCache, indexCacheSize, KEPT_PER_FOLDER } from '../../src/index/indexCache.js';
import { buildPassages } from '../../src/passages/buildPassages.js';
import { tempDir } from '../support/fixtureCorpus.js';

const keyOf = (corpus: Corpus): string => corpusKey(corpus);

let root: string;
let cleanup: () => Promise<void>;
let corpusDir: string;
let cacheDir: string;

beforeEach(async () => {
  ({ dir: root, cleanup } = await tempDir('verbatim-cache-'));
  corpusDir = path.join(root, 'corpus');
  cacheDir = path.join(root, 'cache');
  await mkdir(corpusDir);
  await writeFile(path.join(corpusDir, 'gas.txt'), 'Gas Pipeline\n\nThe pipeline carried gas to Germany.');
  await writeFile(path.join(corpusDir, 'troops.txt'), 'Troops Gather\n\nSome 100,000 troops gathered.');
});
afterEach(async () => {
  await cleanup();
});

async function cacheFiles(): Promise<string[]> {
  return (await readdir(cacheDir)).filter((f) => f.endsWith('.json'));
}

/**
 * Renames the term "gas" to a made-up one in the saved index, so an engine built from the cache (and only one)
 * knows "zzmarker", in one passage's text.
 */
async function plantMarker(): Promise<void> {
  const [name] = await cacheFiles();
  await plantMarkerIn(path.join(cacheDir, name ?? ''));
}

/** `plantMarker` in one given cache file. */
async function plantMarkerIn(file: string): Promise<void> {
  const saved = JSON.parse(await readFile(file, 'utf8')) as { index: { terms: string[] } };
  const at = saved.index.terms.indexOf('ga');
  expect(at).toBeGreaterThanOrEqual(0);
  saved.index.terms[at] = 'zzmarker';
  await writeFile(file, JSON.stringify(saved));
}

/** The cache file written or used last. */
async function newestCacheFile(): Promise<string> {
  const files = await Promise.all(
    (await cacheFiles()).map(async (name) => {
      const file = path.join(cacheDir, name);
      return { file, usedAt: (await stat(file)).mtimeMs };
    }),
  );
  const [newest] = files.sort((a, b) => b.usedAt - a.usedAt);
  if (!newest) throw new Error('no cache file');
  return newest.file;
}

/** The index of the engine `loadEngine` builds for the corpus folder, and whether it came from the cache. */
async function loadIndex(): Promise<{ source: 'cache' | 'built'; index: PassageIndex }> {
  let seen: { source: 'cache' | 'built'; index: PassageIndex } | undefined;
  await loadEngine(corpusDir, { cacheDir, onIndex: (source, index) => (seen = { source, index }) });
  if (!seen) throw new Error('loadEngine did not report its index');
  return seen;
}

describe('index cache: reuse', () => {
  it('writes one cache file and reuses it while the corpus is unchanged', async () => {
    const first = await loadIndex();
    expect(await cacheFiles()).toHaveLength(1);
    expect(first.source).toBe('built');
    expect(first.index.frequencyOf('zzmarker')).toBe(0);
    await plantMarker();
    const second = await loadIndex();
    expect(second.source).toBe('cache');
    expect(second.index.frequencyOf('zzmarker')).toBe(1);
    const engine = await loadEngine(corpusDir, { cacheDir });
    expect(engine.answer('Where did the pipeline carry gas?').kind).toBe('found');
  });

  it('rebuilds the index when an article changes', async () => {
    await loadEngine(corpusDir, { cacheDir });
    await plantMarker();
    await writeFile(path.join(corpusDir, 'gas.txt'), 'Gas Pipeline\n\nThe pipeline carried gas to Austria.');
    const { index } = await loadIndex();
    expect(index.frequencyOf('zzmarker')).toBe(0);
    expect(index.frequencyOf('austria')).toBe(1);
  });

  it('rebuilds the index when an article is added', async () => {
    await loadEngine(corpusDir, { cacheDir });
    await plantMarker();
    await writeFile(path.join(corpusDir, 'new.txt'), 'New Story\n\nA brand new article about Austria.');
    expect((await loadIndex()).index.frequencyOf('zzmarker')).toBe(0);
    const engine = await loadEngine(corpusDir, { cacheDir });
    expect(engine.articles.map((a) => a.id)).toContain('new');
  });
});

describe('index cache: problems', () => {
  it('ignores a corrupt cache file with a warning, rebuilds and replaces it', async () => {
    await loadEngine(corpusDir, { cacheDir });
    const [name] = await cacheFiles();
    const file = path.join(cacheDir, name ?? '');
    const corpus = await loadCorpus(corpusDir);
    await writeFile(file, JSON.stringify({ key: keyOf(corpus), index: { minisearch: 'garbage' } }));
    const warnings: string[] = [];
    const engine = await loadEngine(corpusDir, { cacheDir, onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([expect.stringMatching(/corrupt index cache/)]);
    expect(engine.answer('What did the pipeline carry?').kind).toBe('found');
    const rewritten = JSON.parse(await readFile(file, 'utf8')) as { key: string };
    expect(rewritten.key).toBe(keyOf(corpus));
  });

  it('treats a cache file that is not JSON as a miss and rebuilds', async () => {
    await loadEngine(corpusDir, { cacheDir });
    const [name] = await cacheFiles();
    const file = path.join(cacheDir, name ?? '');
    await writeFile(file, '{ truncated');
    const warnings: string[] = [];
    const engine = await loadEngine(corpusDir, { cacheDir, onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([expect.stringContaining(file)]);
    expect(engine.passageCount).toBe(2);
    expect(() => JSON.parse(readFileSync(file, 'utf8')) as unknown).not.toThrow();
  });

  it('only warns when the cache folder cannot be written', async () => {
    const notAFolder = path.join(root, 'cache-is-a-file');
    await writeFile(notAFolder, 'x');
    const warnings: string[] = [];
    const engine = await loadEngine(corpusDir, { cacheDir: notAFolder, onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([expect.stringMatching(/Could not write the index cache/)]);
    expect(engine.answer('How many troops gathered?').kind).toBe('found');
  });
});

describe('index cache: separate corpora', () => {
  it('gives two corpus folders different cache files', async () => {
    const otherDir = path.join(root, 'other');
    await mkdir(otherDir);
    await writeFile(path.join(otherDir, 'gas.txt'), 'Gas Pipeline\n\nThe pipeline carried gas to Germany.');
    await loadEngine(corpusDir, { cacheDir });
    await loadEngine(otherDir, { cacheDir });
    expect(await cacheFiles()).toHaveLength(2);
  });
});

describe('index cache: pruning', () => {
  /** The cache's name for a corpus folder, as the cache files start with it. */
  const folderPrefix = async (dir: string): Promise<string> =>
    createHash('sha256')
      .update(await realpath(dir))
      .digest('hex')
      .slice(0, 16);

  /** Loads `dir` after giving gas.txt a new text `count` times: one new cache file each time. */
  async function editAndLoad(dir: string, count: number): Promise<void> {
    for (let version = 1; version <= count; version++) {
      await writeFile(
        path.join(dir, 'gas.txt'),
        `Gas Pipeline\n\nThe pipeline carried gas, version ${version}.`,
      );
      await loadEngine(dir, { cacheDir });
    }
  }

  it(`keeps the ${KEPT_PER_FOLDER} most recent indexes of a folder and never another folder's`, async () => {
    const otherDir = path.join(root, 'other');
    await mkdir(otherDir);
    await writeFile(path.join(otherDir, 'gas.txt'), 'Gas Pipeline\n\nThe pipeline carried gas to Germany.');
    await loadEngine(otherDir, { cacheDir });
    const [otherFile] = await cacheFiles();
    await editAndLoad(corpusDir, KEPT_PER_FOLDER + 2);
    const files = await cacheFiles();
    const mine = await folderPrefix(corpusDir);
    expect(files.filter((f) => f.startsWith(mine))).toHaveLength(KEPT_PER_FOLDER);
    expect(files).toContain(otherFile);
    expect(files).toHaveLength(KEPT_PER_FOLDER + 1);
  });

  it('keeps the index in use: the last one loaded survives the pruning', async () => {
    await editAndLoad(corpusDir, KEPT_PER_FOLDER + 1);
    await plantMarkerIn(await newestCacheFile());
    // The corpus is unchanged: this load is a hit on the newest file, which the marker proves.
    expect((await loadIndex()).index.frequencyOf('zzmarker')).toBe(1);
  });

  it("removes the folder's cache file of the old naming and temporary files left by a crash", async () => {
    await mkdir(cacheDir, { recursive: true });
    const oldStyle = `${await folderPrefix(corpusDir)}.json`;
    await writeFile(path.join(cacheDir, oldStyle), '{}');
    const staleTemporary = path.join(cacheDir, 'abc.json.123.tmp');
    const freshTemporary = path.join(cacheDir, 'abc.json.456.tmp');
    await writeFile(staleTemporary, '{');
    await writeFile(freshTemporary, '{');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(staleTemporary, twoHoursAgo, twoHoursAgo);
    await loadEngine(corpusDir, { cacheDir });
    const names = await readdir(cacheDir);
    expect(names).not.toContain(oldStyle);
    expect(names).not.toContain('abc.json.123.tmp');
    expect(names).toContain('abc.json.456.tmp'); // may be another process's write in progress
  });
});

describe('indexCacheSize', () => {
  it('counts the cache files and their bytes', async () => {
    expect(await indexCacheSize(cacheDir)).toEqual({ files: 0, bytes: 0 });
    await loadEngine(corpusDir, { cacheDir });
    const [name] = await cacheFiles();
    const { size } = await stat(path.join(cacheDir, name ?? ''));
    expect(await indexCacheSize(cacheDir)).toEqual({ files: 1, bytes: size });
  });
});

describe('corpusKey', () => {
  it('changes with an article text and stays the same for the same content', async () => {
    const a = keyOf(await loadCorpus(corpusDir));
    expect(keyOf(await loadCorpus(corpusDir))).toBe(a);
    await writeFile(path.join(corpusDir, 'troops.txt'), 'Troops Gather\n\nSome 150,000 troops gathered.');
    expect(keyOf(await loadCorpus(corpusDir))).not.toBe(a);
  });

  it('changes when an article keeps its text but its body starts elsewhere', async () => {
    // Passages are cut from the body only: a cache saved for another body start holds other passages.
    const corpus = await loadCorpus(corpusDir);
    const [first, ...rest] = corpus.articles;
    if (!first) throw new Error('fixture has no articles');
    const moved = { ...corpus, articles: [{ ...first, bodyStart: first.bodyStart + 1 }, ...rest] };
    expect(corpusKey(moved)).not.toBe(corpusKey(corpus));
  });
});

describe('index cache: saved passages', () => {
  it('restores exactly the passages that cutting the articles gives', async () => {
    await loadEngine(corpusDir, { cacheDir });
    const corpus = await loadCorpus(corpusDir);
    const cached = await new IndexCache(cacheDir).load(corpus, corpusKey(corpus));
    expect(cached?.passages).toEqual(buildPassages(corpus.articles));
  });

  it('treats saved passages that do not fit the articles as a corrupt cache, with a warning', async () => {
    await loadEngine(corpusDir, { cacheDir });
    const [name] = await cacheFiles();
    const file = path.join(cacheDir, name ?? '');
    const saved = JSON.parse(await readFile(file, 'utf8')) as { passages: { sentences: string } };
    // One sentence's end moved far past the end of its article.
    const bytes = Buffer.from(saved.passages.sentences, 'base64');
    const spans = new Uint32Array(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
    spans[1] = 1_000_000;
    saved.passages.sentences = Buffer.from(spans.buffer).toString('base64');
    await writeFile(file, JSON.stringify(saved));
    const warnings: string[] = [];
    const engine = await loadEngine(corpusDir, { cacheDir, onWarning: (m) => warnings.push(m) });
    expect(warnings).toEqual([expect.stringMatching(/corrupt index cache .*out of its article/)]);
    expect(engine.answer('How many troops gathered?').kind).toBe('found');
  });
});
