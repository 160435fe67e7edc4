// `npm run eval -- <questions.json>`: asks each question, prints pass/fail per question and the totals; when the
// questions carry `split` or `type` (docs/eval-format.md), also the figures per half and per question type.
// `npm run eval -- --squad <dev-v1.1.json>` runs the SQuAD retrieval/answer benchmark instead.
import { createEngine } from '../engine/createEngine.js';
import { runSquadCli } from '../eval/squad/runSquadCli.js';
import { formatEvalReport } from '../eval/formatEvalReport.js';
import { readEvalFile, runEval } from '../eval/seedEval.js';
import { loadCliEngine, loadEnvironment, runCli } from './loadCliEngine.js';

const USAGE =
  'Usage: npm run eval -- <questions.json>   |   npm run eval -- --squad <dev-v1.1.json> [--limit N] [--json]';

runCli(async () => {
  const args = process.argv.slice(2);
  if (args.includes('--squad')) {
    return runSquadCli(args, {
      createEngine,
      stdout: (text) => process.stdout.write(`${text}\n`),
      stderr: (text) => process.stderr.write(`${text}\n`),
    });
  }
  const [file, ...rest] = args;
  if (!file || rest.length > 0 || file.startsWith('-')) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const questions = await readEvalFile(file);
  const engine = await loadCliEngine(loadEnvironment());
  const outcomes = runEval(engine, questions);
  for (const { question, passed, result } of outcomes) {
    const got =
      result.kind === 'found'
        ? `[${result.excerpts[0].sourceId}] ${result.excerpts[0].quote.replace(/\s+/g, ' ').slice(0, 120)}`
        : result.kind === 'none'
          ? '(no article answers)'
          : `(invalid: ${result.message})`;
    process.stdout.write(`${passed ? 'PASS' : 'FAIL'} ${question.id}  ${question.question}\n       ${got}\n`);
  }
  if (questions.questions.some((q) => q.split !== undefined || q.type !== undefined)) {
    const report = formatEvalReport([{ name: 'verbatim', scores: outcomes.map((o) => o.score) }]);
    process.stdout.write(`\n${report}\n`);
  }
  const passed = outcomes.filter((o) => o.passed).length;
  process.stdout.write(`\n${passed}/${outcomes.length} questions answered as accepted\n`);
  return passed === outcomes.length ? 0 : 1;
});
