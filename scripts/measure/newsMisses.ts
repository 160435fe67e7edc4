/**
 * Lists the news questions of one half whose first quote is wrong, each with its type, our first quote, the
 * accepted answer and the article sentence holding it, then the half's figures (first quote right, answered,
 * declined) as `npm run eval` judges them. With `--keys FILE` it also writes each question's first quote
 * (article:start-end, or "declined") so two runs can be compared with diff.
 *
 *   LOG_LEVEL=error npx tsx scripts/measure/newsMisses.ts ../shared/data/bbc-news/bbc [tune|test] \
 *     [data/eval/bbc-news-qa.json] [--keys FILE]
 */
import { writeFileSync } from 'node:fs';
import { loadEngine } from '../../src/engine/loadEngine.js';
import { normaliseForEval, readEvalFile, scoreQuestion } from '../../src/eval/seedEval.js';

const args = process.argv.slice(2);
const keysAt = args.indexOf('--keys');
const keysFile = keysAt >= 0 ? args.splice(keysAt, 2)[1] : undefined;
const [corpusDir, split = 'tune', newsFile = 'data/eval/bbc-news-qa.json'] = args;
if (corpusDir === undefined) {
  console.error('usage: newsMisses.ts <BBC corpus folder> [tune|test] [news questions file] [--keys FILE]');
  process.exit(2);
}

const questions = (await readEvalFile(newsFile)).questions.filter((q) => q.split === split);
const engine = await loadEngine(corpusDir);
const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();
/** normaliseForEval without collapsing or trimming white space, so offsets into it are offsets into `text`. */
const sameLengthNormal = (text: string): string =>
  text
    .replace(/[“”„″]/g, '"')
    .replace(/[‘’‚′]/g, "'")
    .replace(/\s/g, ' ')
    .toLowerCase();

let answerable = 0;
let firstRight = 0;
let anyRight = 0;
let answered = 0;
let unanswerable = 0;
let declined = 0;
const keys: string[] = [];
for (const question of questions) {
  const result = engine.answer(question.question);
  const excerpts =
    result.kind === 'found' ? result.excerpts : result.kind === 'none' ? 'declined' : 'invalid';
  const score = scoreQuestion(question, excerpts);
  const first = result.kind === 'found' ? result.excerpts[0] : undefined;
  keys.push(`${question.id}\t${first ? `${first.sourceId}:${first.start}-${first.end}` : result.kind}`);
  if (!('accept' in question)) {
    unanswerable++;
    if (score.declined) declined++;
    else
      console.log(
        `ANSWERED-UNANSWERABLE ${question.id}: ${question.question}\n  ours: ${first?.sourceId} ${oneLine(first?.quote ?? '')}\n`,
      );
    continue;
  }
  answerable++;
  if (!score.declined) answered++;
  if (score.anyRight) anyRight++;
  if (score.firstRight) {
    firstRight++;
    continue;
  }
  const where = score.declined ? 'declined' : score.firstArticle ? 'right article' : 'other article';
  console.log(
    `MISS [${question.type ?? '?'}] ${question.id} (${where}${score.anyRight ? ', in a later quote' : ''}): ${question.question}`,
  );
  if (first) console.log(`  ours:   ${first.sourceId} ${oneLine(first.quote)}`);
  for (const accepted of question.accept) {
    const text = engine.getArticle(accepted.source)?.text ?? '';
    const at = sameLengthNormal(text).indexOf(normaliseForEval(accepted.contains));
    // The sentence around the answer, roughly: from the full stop before it to the one after.
    const from = text.lastIndexOf('.', at) + 1;
    const to = text.indexOf('.', at + accepted.contains.length);
    const sentence =
      at < 0 ? '(not found in the article)' : oneLine(text.slice(from, to < 0 ? undefined : to + 1));
    console.log(`  wanted: ${accepted.source} "${accepted.contains}" in: ${sentence}`);
  }
  console.log();
}
const pct = (n: number, d: number): string => (d === 0 ? '-' : ((100 * n) / d).toFixed(1));
console.log(
  `${split}: first right ${firstRight}/${answerable} (${pct(firstRight, answerable)}), any ${anyRight} (${pct(anyRight, answerable)}), ` +
    `answered ${answered} (${pct(answered, answerable)}), declined ${declined}/${unanswerable} (${pct(declined, unanswerable)})`,
);
if (keysFile) writeFileSync(keysFile, keys.join('\n') + '\n');
