/**
 * Measures how news questions typed with a slip are answered beside the same questions spelt right: for each
 * question of tests/fixtures/bbc-news-typos.json (an id of the news set and its text with one slip), the news
 * set's question and accepted answers are looked up by id, both texts are asked through `answer()` at the
 * default settings, and the first quote is judged as `npm run eval` judges it.
 *
 *   LOG_LEVEL=error npx tsx scripts/measure/typoNews.ts ../shared/data/bbc-news/bbc \
 *     [tests/fixtures/bbc-news-typos.json] [data/eval/bbc-news-qa.json]
 */
import { readFileSync } from 'node:fs';
import { loadEngine } from '../../src/engine/loadEngine.js';
import { judge, readEvalFile } from '../../src/eval/seedEval.js';

const [corpusDir, typosFile = 'tests/fixtures/bbc-news-typos.json', newsFile = 'data/eval/bbc-news-qa.json'] =
  process.argv.slice(2);
if (corpusDir === undefined) {
  console.error('usage: typoNews.ts <BBC corpus folder> [typos file] [news questions file]');
  process.exit(2);
}

const typos = (
  JSON.parse(readFileSync(typosFile, 'utf8')) as { questions: { id: string; question: string }[] }
).questions;
const news = new Map((await readEvalFile(newsFile)).questions.map((q) => [q.id, q]));
const engine = await loadEngine(corpusDir);

let spelt = 0;
let typed = 0;
let same = 0;
let sameQuote = 0;
for (const { id, question } of typos) {
  const original = news.get(id);
  if (original === undefined) throw new Error(`${typosFile}: no question "${id}" in ${newsFile}`);
  const rightResult = engine.answer(original.question);
  const slipResult = engine.answer(question);
  const right = judge(original, rightResult);
  const slip = judge({ ...original, question }, slipResult);
  spelt += right ? 1 : 0;
  typed += slip ? 1 : 0;
  same += right === slip ? 1 : 0;
  const quoted = firstQuote(rightResult) === firstQuote(slipResult);
  sameQuote += quoted ? 1 : 0;
  console.log(
    `${right ? 'PASS' : 'FAIL'} ${slip ? 'PASS' : 'FAIL'} ${quoted ? 'same' : 'diff'}  ${id}  ${question}`,
  );
}
console.log(`\nspelt right: ${spelt}/${typos.length} accepted; with the slip: ${typed}/${typos.length}`);
console.log(`with the slip, judged as spelt right: ${same}/${typos.length}`);
console.log(
  `with the slip, the same first quote as spelt right (or both declined): ${sameQuote}/${typos.length}`,
);

/** Where an answer's first quote is, or its kind when it has none. */
function firstQuote(result: ReturnType<typeof engine.answer>): string {
  if (result.kind !== 'found') return result.kind;
  const [first] = result.excerpts;
  return first === undefined ? 'none' : `${first.sourceId}:${first.start}-${first.end}`;
}
