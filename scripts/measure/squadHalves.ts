/**
 * SQuAD v1.1 dev as squadThroughCli.ts measures it (each paragraph a `.txt` file without a headline, the first
 * quote of `answer()` at the default MIN_CONFIDENCE judged), in one process and with a row for each half of the
 * articles: 1-24, held out when the ranking weights were fitted, and 25-48, fitted on. The same figures as the
 * CLI's over all 48 (81.90 / 76.58 at 56c0582), in a third of the time, so a retrieval change can be chosen on
 * the fitting half. Also the share answered (R@1 counts a declined question as a miss), the build time and
 * answer() latency (one pass, no warm-up: a rough figure; `npm run bench` for the real one).
 *
 *   npx tsx scripts/measure/squadHalves.ts ../shared/data/squad-v1.1-dev/dev-v1.1.json [folder]
 *
 * `folder` (default /tmp/verbatim-squad-paragraphs) receives the paragraph files when it does not exist yet.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { parseSquad } from '../../src/eval/squad/loadSquad.js';

/** The review's split: the first 24 of SQuAD dev's 48 articles (see squadThroughCli.ts). */
const HELD_OUT_ARTICLES = 24;

const [file, dir = '/tmp/verbatim-squad-paragraphs'] = process.argv.slice(2);
if (!file) throw new Error('usage: squadHalves.ts <dev-v1.1.json> [folder]');
const squad = parseSquad(await readFile(file, 'utf8'), file);
if (!existsSync(dir)) {
  await mkdir(dir, { recursive: true });
  for (const p of squad.paragraphs) await writeFile(path.join(dir, `${p.id}.txt`), p.context);
}
const corpus = await loadCorpus(dir);
const start = performance.now();
const engine = createEngine(corpus);
const buildMs = performance.now() - start;

interface Tally {
  questions: number;
  first: number;
  inFirst: number;
  answered: number;
}
const tally = (): Tally => ({ questions: 0, first: 0, inFirst: 0, answered: 0 });
const halves = { all: tally(), heldOut: tally(), fitting: tally() };
const ms: number[] = [];
// As squadThroughCli.ts asks them: one line each.
for (const q of squad.questions.filter((question) => question.question.trim() !== '')) {
  const t = performance.now();
  const result = engine.answer(q.question.replace(/\s+/g, ' '));
  ms.push(performance.now() - t);
  const top = result.kind === 'found' ? result.excerpts[0] : undefined;
  for (const half of [halves.all, q.articleIndex < HELD_OUT_ARTICLES ? halves.heldOut : halves.fitting]) {
    half.questions++;
    if (top) half.answered++;
    if (top?.sourceId === q.paragraphId) half.first++;
    if (top && q.answers.some((answer) => top.quote.includes(answer))) half.inFirst++;
  }
}
const pct = (part: number, whole: number): string => ((100 * part) / whole).toFixed(2);
const rows: [string, Tally][] = [
  ['all 48 articles', halves.all],
  [`held-out articles 1-${HELD_OUT_ARTICLES}`, halves.heldOut],
  [`fitting articles ${HELD_OUT_ARTICLES + 1}-48`, halves.fitting],
];
for (const [name, t] of rows)
  console.log(
    `${name}: R@1 ${pct(t.first, t.questions)}, answer in first ${pct(t.inFirst, t.questions)}, ` +
      `answered ${pct(t.answered, t.questions)} (${t.questions} questions)`,
  );
ms.sort((a, b) => a - b);
const at = (p: number): string =>
  (ms[Math.min(ms.length - 1, Math.floor((ms.length * p) / 100))] ?? 0).toFixed(2);
console.log(`build ${buildMs.toFixed(0)} ms; answer() p50 ${at(50)} / p99 ${at(99)} ms`);
