// `npm run ask -- "question"`: answers from the terminal. `--json` prints JSON Lines (one object a question);
// with no question arguments, questions are read from stdin, one a line.
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { answerRecord, formatAnswer } from './formatAnswer.js';
import { loadCliEngine, loadEnvironment, runCli } from './loadCliEngine.js';

const USAGE = `Usage: npm run ask -- [--json] "question" ["question" ...]
       some-command | npm run --silent ask -- --json     (questions on stdin, one a line)`;

runCli(async () => {
  let parsed;
  try {
    parsed = parseArgs({
      options: { json: { type: 'boolean', default: false }, help: { type: 'boolean' } },
      allowPositionals: true,
    });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const questions =
    parsed.positionals.length > 0 ? parsed.positionals : process.stdin.isTTY ? [] : await readLines();
  if (questions.length === 0) {
    process.stderr.write(`No question given.\n${USAGE}\n`);
    return 2;
  }
  const engine = await loadCliEngine(loadEnvironment());
  questions.forEach((question, i) => {
    const result = engine.answer(question);
    if (parsed.values.json) {
      const authorOf = (id: string): string | undefined => engine.getArticle(id)?.author;
      process.stdout.write(`${JSON.stringify(answerRecord(result, authorOf))}\n`);
    } else
      process.stdout.write(
        `${questions.length > 1 ? `${i > 0 ? '\n' : ''}Q: ${question}\n` : ''}${formatAnswer(result)}\n`,
      );
  });
  return 0;
});

async function readLines(): Promise<string[]> {
  const lines: string[] = [];
  for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    if (line.trim()) lines.push(line);
  }
  return lines;
}
