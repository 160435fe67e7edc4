/**
 * Copies a smaller news corpus the size of the held-out review's (638 stories): every story that a question of
 * the given eval files accepts, then other stories of `from` in a fixed pseudo-random order until there are
 * `count`. The half-indexed run over it (`npm run eval` with `CORPUS_DIR=<to>`) then indexes about 320 stories,
 * as the review's half does; over the whole BBC corpus it indexes 1,067, and how readily the engine answers
 * depends on how many stories a question's words meet. Never tune on what it measures: it reports.
 *
 *   npx tsx scripts/measure/subsetCorpus.ts /tmp/bbc-nohead /tmp/bbc-640 640 \
 *     data/eval/bbc-news-headline-qa.json data/eval/bbc-news-fresh-qa.json
 */
import { copyFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readEvalFile } from '../../src/eval/seedEval.js';

const [from, to, countText, ...files] = process.argv.slice(2);
const count = Number(countText);
if (from === undefined || to === undefined || !Number.isInteger(count) || count <= 0 || files.length === 0) {
  console.error('usage: subsetCorpus.ts <corpus folder> <new folder> <story count> <questions.json>...');
  process.exit(2);
}

const asked = new Set<string>();
for (const file of files) {
  for (const q of (await readEvalFile(file)).questions) {
    if ('accept' in q) for (const a of q.accept) asked.add(a.source);
  }
}
// Story ids as the corpus names them: the path below the folder without ".txt" ("business/001").
const all = readdirSync(from, { recursive: true, encoding: 'utf8' })
  .filter((path) => path.endsWith('.txt'))
  .map((path) => path.slice(0, -'.txt'.length))
  .sort();
// A linear congruential generator with a fixed seed: the same subset on every machine.
let seed = 12345;
const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
const others = all
  .filter((id) => !asked.has(id))
  .map((id) => ({ id, key: next() }))
  .sort((a, b) => a.key - b.key)
  .map(({ id }) => id);
const chosen = [...all.filter((id) => asked.has(id)), ...others].slice(0, Math.max(count, asked.size));

rmSync(to, { recursive: true, force: true });
for (const id of chosen) {
  const target = join(to, `${id}.txt`);
  mkdirSync(dirname(target), { recursive: true });
  copyFileSync(join(from, `${id}.txt`), target);
}
console.log(`${chosen.length} stories (${asked.size} asked about) copied to ${to}`);
