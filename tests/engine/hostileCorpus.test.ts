// A corpus folder as a busy newsroom leaves it: every kind of bad file next to a good one. Each bad file is
// skipped or read as the corpus rules say (loadCorpus.ts), with a warning naming it; nothing throws; and the
// good article is still answered exactly (the index is not poisoned).
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, symlink, truncate, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Engine } from '../../src/engine/Engine.js';
import { loadEngine } from '../../src/engine/loadEngine.js';
import { renderAnswer } from '../../src/discord/renderAnswer.js';
import { fitReply } from '../../src/discord/fitReply.js';
import { LiveEngine } from '../../src/engine/LiveEngine.js';
import { expectWithinLimits } from '../support/expectWithinLimits.js';
import { tempDir } from '../support/fixtureCorpus.js';
import { PATIENCE_MS } from '../support/patience.js';

const GOOD =
  'Harbour bridge reopens\n\nThe harbour bridge reopened to traffic after eleven weeks of repairs by welders.\n';
const GOOD_QUESTION = 'When did the harbour bridge reopen?';

let dir: string;
let cleanup: () => Promise<void>;
let warnings: string[];

beforeEach(async () => {
  ({ dir, cleanup } = await tempDir('verbatim-hostile-'));
  warnings = [];
  await put('good.txt', GOOD);
});
afterEach(async () => {
  await chmod(path.join(dir, 'locked.txt'), 0o644).catch(() => {});
  await cleanup();
});

async function put(relative: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

async function load(): Promise<Engine> {
  return loadEngine(dir, { onWarning: (message) => warnings.push(message) });
}

/** The good article is still found and quoted exactly: the bad files did not poison the index. */
function expectGoodAnswered(engine: Engine): void {
  const result = engine.answer(GOOD_QUESTION);
  expect(result.kind).toBe('found');
  if (result.kind !== 'found') return;
  expect(result.excerpts[0].sourceId).toBe('good');
  for (const excerpt of result.excerpts) {
    expect(engine.getArticle(excerpt.sourceId)?.text.slice(excerpt.start, excerpt.end)).toBe(excerpt.quote);
  }
}

function expectSkipped(engine: Engine, file: string, reason: RegExp): void {
  expect(engine.corpus.skipped).toContainEqual({ path: file, reason: expect.stringMatching(reason) });
  expect(warnings.some((w) => w.includes(file))).toBe(true);
  expect(engine.articles.map((a) => a.path)).not.toContain(file);
}

describe('bad files are skipped with a warning naming them, and the good article is still answered', () => {
  test('an empty file', async () => {
    await put('empty.txt', '');
    const engine = await load();
    expectSkipped(engine, 'empty.txt', /empty/);
    expectGoodAnswered(engine);
  });

  test('a file of white space only (spaces, tabs, newlines, no-break spaces)', async () => {
    await put('blank.md', ' \t\n\r\n\u00a0\u2003\n');
    const engine = await load();
    expectSkipped(engine, 'blank.md', /white space/);
    expectGoodAnswered(engine);
  });

  test('a binary file named like an article (a PNG header)', async () => {
    await put('photo.txt', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    const engine = await load();
    expectSkipped(engine, 'photo.txt', /binary/);
    expectGoodAnswered(engine);
  });

  test('a 50 MB file is skipped by its size, without being read', async () => {
    const file = await put('dump.txt', '');
    await truncate(file, 50 * 1024 * 1024); // sparse: 50 MB by size, no disk used
    const engine = await load();
    expectSkipped(engine, 'dump.txt', /larger than 10 MB \(52428800 bytes\)/);
    expectGoodAnswered(engine);
  });

  test('a symbolic-link loop between files, and a folder linking to its parent, do not hang', async () => {
    await symlink(path.join(dir, 'b.txt'), path.join(dir, 'a.txt'));
    await symlink(path.join(dir, 'a.txt'), path.join(dir, 'b.txt'));
    await mkdir(path.join(dir, 'world'));
    await symlink(dir, path.join(dir, 'world', 'up'), 'dir');
    await symlink(path.join(dir, 'world'), path.join(dir, 'world', 'self'), 'dir');
    const engine = await load();
    expectSkipped(engine, 'a.txt', /looping link/);
    expectSkipped(engine, 'b.txt', /looping link/);
    expect(engine.articles.map((a) => a.id)).toEqual(['good']);
    expectGoodAnswered(engine);
  });

  test('a file whose read fails (an I/O error: it links to /proc/self/mem)', async () => {
    // Unlike a permission bit, an I/O error stops every user, root included, so this case always runs for real.
    expect(existsSync('/proc/self/mem')).toBe(true);
    await symlink('/proc/self/mem', path.join(dir, 'device.txt'));
    const engine = await load();
    expectSkipped(engine, 'device.txt', /unreadable \(EIO\)/);
    expectGoodAnswered(engine);
  });

  test('a file without read permission: skipped, or read when the process may read anything (root)', async () => {
    const file = await put(
      'locked.txt',
      'Locked story\n\nThe locked article mentions a lighthouse keeper.\n',
    );
    await chmod(file, 0o000);
    // Ask the operating system what the permission bits mean for this process instead of guessing.
    let readable = true;
    try {
      readFileSync(file);
    } catch {
      readable = false;
    }
    const engine = await load();
    if (readable) {
      expect(engine.getArticle('locked')?.text).toContain('lighthouse keeper');
    } else {
      expectSkipped(engine, 'locked.txt', /unreadable \(permission denied\)/);
    }
    expectGoodAnswered(engine);
  });

  test('a folder the process cannot list is skipped with a warning (or read by root)', async () => {
    await put('private/secret.txt', 'Secret\n\nA secret article about tunnels.\n');
    await chmod(path.join(dir, 'private'), 0o000);
    let listable = true;
    try {
      readFileSync(path.join(dir, 'private', 'secret.txt'));
    } catch {
      listable = false;
    }
    try {
      const engine = await load();
      if (listable) expect(engine.getArticle('private/secret')).toBeDefined();
      else expectSkipped(engine, 'private', /unreadable folder \(permission denied\)/);
      expectGoodAnswered(engine);
    } finally {
      await chmod(path.join(dir, 'private'), 0o755);
    }
  });
});

describe('odd but valid files are read as the rules say', () => {
  test('invalid UTF-8 is read as Latin-1, with a warning naming the file', async () => {
    // "Café" in Latin-1: 0xE9 alone is not valid UTF-8.
    await put(
      'latin.txt',
      Uint8Array.from([
        ...Buffer.from('Caf'),
        0xe9,
        ...Buffer.from(' owner\n\nThe caf'),
        0xe9,
        ...Buffer.from(' owner sold croissants.\n'),
      ]),
    );
    const engine = await load();
    expect(engine.getArticle('latin')?.text).toContain('café owner sold croissants');
    expect(engine.getArticle('latin')?.encoding).toBe('latin1');
    expect(warnings.some((w) => w.includes('latin.txt') && /Latin-1/.test(w))).toBe(true);
    expectGoodAnswered(engine);
  });

  test('a 2 MB article on one line is indexed, and its answer renders within Discord limits', async () => {
    const sentence = 'The orchestra rehearsed the symphony in the old granary near the canal. ';
    const line = sentence.repeat(Math.ceil((2 * 1024 * 1024) / sentence.length));
    await put('long.txt', `Endless line\n\n${line}`);
    const engine = await load();
    expect(engine.getArticle('long')?.text.length).toBeGreaterThan(2 * 1024 * 1024);
    const result = engine.answer('Where did the orchestra rehearse the symphony?');
    expect(result.kind).toBe('found');
    if (result.kind === 'found') {
      expect(result.excerpts[0].sourceId).toBe('long');
      expect(result.excerpts[0].quote.length).toBeLessThan(5000);
    }
    expectWithinLimits(fitReply(renderAnswer(result, { lookup: (id) => engine.getArticle(id) })));
    expectGoodAnswered(engine);
  });

  test('an article 60 folders deep is read under its full path id', async () => {
    const deep = Array.from({ length: 60 }, (_, i) => `d${i}`).join('/');
    await put(`${deep}/deep.txt`, 'Deep story\n\nThe miners found a seam of copper deep below the valley.\n');
    const engine = await load();
    expect(engine.getArticle(`${deep}/deep`)?.title).toBe('Deep story');
    // The question uses the article's words: what is under test is the id, not how far a paraphrase reaches.
    const result = engine.answer('What did the miners find deep below the valley?');
    expect(result.kind === 'found' && result.excerpts[0].sourceId).toBe(`${deep}/deep`);
    expectGoodAnswered(engine);
  });
});

describe('files that vanish while the corpus is read', () => {
  test('each file is either read whole or skipped naming it; loading never throws', async () => {
    const texts = new Map<string, string>();
    for (let i = 0; i < 300; i++) {
      const name = `wire/${String(i).padStart(3, '0')}.txt`;
      const text = `Wire story ${i}\n\nStory ${i} reports that the ferry number ${i} left on time.\n`;
      texts.set(name, text);
      await put(name, text);
    }
    // Delete from the end while the loader reads from the start, so the two meet somewhere in the middle.
    const names = [...texts.keys()].reverse();
    const loading = load();
    for (const name of names) await unlink(path.join(dir, name));
    const engine = await loading;
    for (const article of engine.articles) {
      if (article.id === 'good') continue;
      expect(article.text).toBe(texts.get(article.path));
    }
    const vanished = engine.corpus.skipped.filter((s) => s.path.startsWith('wire'));
    for (const file of vanished) {
      expect(file.reason).toMatch(/removed while reading/);
      expect(warnings.some((w) => w.includes(file.path))).toBe(true);
    }
    // Files deleted before the folder was listed are simply not there; none is counted twice.
    expect(engine.articles.length - 1 + vanished.length).toBeLessThanOrEqual(300);
    expectGoodAnswered(engine);
  });

  test('a live engine watching the folder takes bad files in its stride and keeps answering', async () => {
    const live = await LiveEngine.start(dir, {
      debounceMs: 30,
      onWarning: (message) => warnings.push(message),
    });
    try {
      await put('incoming/photo.txt', Uint8Array.from([0, 1, 2, 3]));
      await put('incoming/empty.txt', '');
      await put('incoming/story.txt', 'Incoming\n\nThe mayor opened a new skate park downtown.\n');
      for (let waited = 0; live.current.getArticle('incoming/story') === undefined; waited += 20) {
        if (waited > PATIENCE_MS)
          throw new Error(`the new article was not picked up within ${PATIENCE_MS} ms`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(live.current.corpus.skipped.map((s) => s.path).sort()).toEqual([
        'incoming/empty.txt',
        'incoming/photo.txt',
      ]);
      expect(warnings.some((w) => w.includes('incoming/photo.txt'))).toBe(true);
      expectGoodAnswered(live.current);
    } finally {
      await live.close();
    }
  });
});
