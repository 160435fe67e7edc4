import { cp, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine/loadEngine.js';
import { fingerprintOnce } from '../../src/index/indexFingerprint.js';
import { tagCounter } from '../../src/passages/tagSentences.js';
import { REPO_ROOT, tempDir } from '../support/fixtureCorpus.js';

let root: string;
let cleanup: () => Promise<void>;
let corpusDir: string;
let cacheDir: string;

beforeAll(() => {
  // The cache key's fingerprint tags a probe article once per process; not part of what is counted here.
  fingerprintOnce();
});
beforeEach(async () => {
  ({ dir: root, cleanup } = await tempDir('verbatim-tags-'));
  corpusDir = path.join(root, 'corpus');
  cacheDir = path.join(root, 'cache');
  await mkdir(corpusDir);
});
afterEach(async () => {
  await cleanup();
});

/** Sentences tagged while `load` runs. */
async function taggedDuring(load: () => Promise<unknown>): Promise<number> {
  const before = tagCounter.sentences;
  await load();
  return tagCounter.sentences - before;
}

describe('sentence tags in the index cache', () => {
  it('answers from a restored index exactly as from a fresh build', async () => {
    await cp(path.join(REPO_ROOT, 'seeds'), corpusDir, { recursive: true });
    const { questions } = JSON.parse(
      await readFile(path.join(REPO_ROOT, 'tests/fixtures/seeds-qa.json'), 'utf8'),
    ) as { questions: { question: string }[] };
    const cold = await loadEngine(corpusDir);
    await loadEngine(corpusDir, { cacheDir });
    let source = '';
    const warm = await loadEngine(corpusDir, { cacheDir, onIndex: (s) => (source = s) });
    expect(source).toBe('cache');
    // Restoring costs no tagging: the tags come from the cache file.
    expect(await taggedDuring(() => loadEngine(corpusDir, { cacheDir }))).toBe(0);
    for (const { question } of questions) expect(warm.answer(question)).toEqual(cold.answer(question));
  });

  it('re-tags only the article that changed', async () => {
    await writeFile(
      path.join(corpusDir, 'gas.txt'),
      'Gas Pipeline\n\nThe pipeline carried gas. It ran to Germany.',
    );
    await writeFile(
      path.join(corpusDir, 'troops.txt'),
      'Troops Gather\n\nSome 100,000 troops gathered. They came in 2021. Tanks followed.',
    );
    expect(await taggedDuring(() => loadEngine(corpusDir, { cacheDir }))).toBe(5);
    await writeFile(
      path.join(corpusDir, 'gas.txt'),
      'Gas Pipeline\n\nThe pipeline carried gas. It ran to Austria. It cost $5bn.',
    );
    // The changed article's three sentences, not the unchanged one's three.
    expect(await taggedDuring(() => loadEngine(corpusDir, { cacheDir }))).toBe(3);
    // The reused tags still fit: the unchanged article's year answers "when", as in a build from scratch.
    const rebuilt = await loadEngine(corpusDir, { cacheDir });
    const fresh = await loadEngine(corpusDir);
    for (const question of ['When did the troops come?', 'How much did the pipeline cost?']) {
      const quotes = rebuilt.rankQuestion(question)?.quotes;
      expect(quotes?.[0]?.features.answerTypeFit).toBe(1);
      expect(quotes).toEqual(fresh.rankQuestion(question)?.quotes);
    }
  });

  it('tags every article again when the folder has no earlier cache file', async () => {
    await writeFile(
      path.join(corpusDir, 'gas.txt'),
      'Gas Pipeline\n\nThe pipeline carried gas. It ran to Germany.',
    );
    expect(await taggedDuring(() => loadEngine(corpusDir, { cacheDir }))).toBe(2);
    expect(await taggedDuring(() => loadEngine(corpusDir, { cacheDir: path.join(root, 'other') }))).toBe(2);
  });
});
