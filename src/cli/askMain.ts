// What `npm run ask` does, as a function of its arguments (src/cli/ask.ts runs it). `--json` prints JSON Lines
// (one object a question); with no question arguments, questions are read from stdin, one a line.
import { parseCliArgs, usageError } from './cliArgs.js';
import { answerRecord, formatAnswer } from './formatAnswer.js';
import { loadCliEngine, loadEnvironment } from './loadCliEngine.js';

const USAGE = `Usage: npm run ask -- [--json] "question" ["question" ...]
       some-command | npm run --silent ask -- [--json]     (questions on stdin, one a line)
  --json      one JSON object per question (JSON Lines), also for a rejected question; exit code 0
  -h, --help  this help
Exit code: 0; 1 when a question was rejected (empty, too long) in text mode; 2 for a bad command line.
LOG_LEVEL=error or silent hides the warnings about the articles (npm run sources lists them).`;

/** Answers the questions of the command line `args` (or stdin's); resolves to the exit code. */
export async function askMain(args: readonly string[]): Promise<number> {
  const parsed = parseCliArgs(args, { json: { type: 'boolean', default: false } }, USAGE, true);
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
}

/** The non-blank lines of stdin, once it ends (line breaks as readline reads them: \n, \r\n or \r). */
async function readLines(): Promise<string[]> {
  // Read whole: the questions are answered once stdin ends, all from one loaded engine.
  let text = '';
  process.stdin.setEncoding('utf8');
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r\n|\r|\n/).filter((line) => line.trim());
}
