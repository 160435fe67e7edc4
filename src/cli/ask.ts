// `npm run ask -- "question"`: answers from the terminal. `--json` prints JSON Lines (one object a question);
// with no question arguments, questions are read from stdin, one a line.
import { createInterface } from 'node:readline';
import { parseCliArgs, usageError } from './cliArgs.js';
import { answerRecord, formatAnswer } from './formatAnswer.js';
import { loadCliEngine, loadEnvironment, runCli } from './loadCliEngine.js';

const USAGE = `Usage: npm run ask -- [--json] "question" ["question" ...]
       some-command | npm run --silent ask -- [--json]     (questions on stdin, one a line)
  --json      one JSON object per question (JSON Lines), also for a rejected question; exit code 0
  -h, --help  this help
Exit code: 0; 1 when a question was rejected (empty, too long) in text mode; 2 for a bad command line.
LOG_LEVEL=error or silent hides the warnings about the articles (npm run sources lists them).`;

runCli(async () => {
  const parsed = parseCliArgs(
    process.argv.slice(2),
    { json: { type: 'boolean', default: false } },
    USAGE,
    true,
  );
  if (typeof parsed === 'number') return parsed;
  const questions =
    parsed.positionals.length > 0 ? parsed.positionals : process.stdin.isTTY ? [] : await readLines();
  if (questions.length === 0) return usageError('No question given.', USAGE);
  const { engine } = await loadCliEngine(loadEnvironment());
  let rejected = false;
  questions.forEach((question, i) => {
    const result = engine.answer(question);
    if (parsed.values.json) {
      // Every question gets its line, a rejected one too (with `error`): a pipeline counts on one line each.
      const authorOf = (id: string): string | undefined => engine.getArticle(id)?.author;
      process.stdout.write(`${JSON.stringify(answerRecord(result, authorOf))}\n`);
      return;
    }
    if (result.kind === 'invalid') rejected = true;
    process.stdout.write(
      `${questions.length > 1 ? `${i > 0 ? '\n' : ''}Q: ${question}\n` : ''}${formatAnswer(result)}\n`,
    );
  });
  return rejected ? 1 : 0;
});

async function readLines(): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim()) lines.push(line);
  }
  return lines;
}
