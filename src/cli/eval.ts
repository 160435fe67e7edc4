// `npm run eval -- <questions.json>`: asks each question, prints pass/fail per question and the totals; when the
// questions carry `split` or `type` (docs/eval-format.md), also the figures per half and per question type.
// `npm run eval -- --squad <dev-v1.1.json>` runs the SQuAD retrieval/answer benchmark instead.
import { loadConfig } from '../config/loadConfig.js';
import { createEngine } from '../engine/createEngine.js';
import { formatEvalReport, type EvalColumn } from '../eval/formatEvalReport.js';
import { formatHalfIndexedReport } from '../eval/formatHalfIndexedReport.js';
import { fts5EvalColumn } from '../eval/fts5EvalColumn.js';
import { runHalfIndexedEval } from '../eval/halfIndexedEval.js';
import { indexedHalf } from '../eval/indexedHalf.js';
import {
  findSqliteBaseline,
  SQLITE_BASELINE_INSTALL,
  type SqliteConstructor,
} from '../eval/squad/loadSqliteBaseline.js';
import { SqliteBaselineError } from '../eval/squad/SqliteBaselineError.js';
import { runSquadCli, SQUAD_USAGE } from '../eval/squad/runSquadCli.js';
import { withEvalHooks } from '../eval/squad/withEvalHooks.js';
import { readEvalFile, runEval, type EvalQuestion } from '../eval/seedEval.js';
import type { Engine } from '../engine/Engine.js';
import { parseCliArgs, printUsage, usageError } from './cliArgs.js';
import { loadCliEngine, loadEnvironment, logs, runCli } from './loadCliEngine.js';

const USAGE = `Usage: npm run eval -- <questions.json>
  asks every question of the file; prints PASS/FAIL per question and the total (exit code 1 if any fails)
  -h, --help  this help
${SQUAD_USAGE.replace(/^Usage: /, '   or: ')}`;

/** Characters of the best quote shown per question; a longer quote is cut and marked with "…". */
const SHOWN_QUOTE_CHARS = 120;

runCli(async () => {
  const args = process.argv.slice(2);
  if (args.includes('-h') || args.includes('--help')) return printUsage(USAGE);
  if (args.includes('--squad')) {
    const config = loadConfig(loadEnvironment());
    const write = (text: string): void => void process.stderr.write(`${text}\n`);
    return runSquadCli(args, {
      createEngine: (corpus) => withEvalHooks(createEngine(corpus)),
      stdout: (text) => process.stdout.write(`${text}\n`),
      stderr: write,
      // Progress lines are info: LOG_LEVEL=warn or above hides them.
      progress: logs(config.LOG_LEVEL, 'info') ? write : () => {},
    });
  }
  const parsed = parseCliArgs(args, {}, USAGE, true);
  if (typeof parsed === 'number') return parsed;
  const [file, ...rest] = parsed.positionals;
  if (file === undefined) return usageError('No questions file given.', USAGE);
  if (rest.length > 0) return usageError(`One questions file only, got ${parsed.positionals.length}.`, USAGE);
  const questions = await readEvalFile(file);
  const { engine, config } = await loadCliEngine(loadEnvironment());
  const outcomes = runEval(engine, questions);
  for (const { question, passed, result } of outcomes) {
    const got =
      result.kind === 'found'
        ? `[${result.excerpts[0].sourceId}] ${shortQuote(result.excerpts[0].quote)}`
        : result.kind === 'none'
          ? '(no article answers)'
          : `(invalid: ${result.message})`;
    process.stdout.write(`${passed ? 'PASS' : 'FAIL'} ${question.id}  ${question.question}\n       ${got}\n`);
  }
  if (questions.questions.some((q) => q.split !== undefined || q.type !== undefined)) {
    const columns: EvalColumn[] = [{ name: 'verbatim', scores: outcomes.map((o) => o.score) }];
    // The baseline is installed on demand (see loadSqliteBaseline.ts): beside the engine when present.
    const sqlite = sqliteBaselineOrWhyNot();
    if (typeof sqlite === 'string') process.stderr.write(`No SQLite FTS5 column: ${sqlite}\n`);
    else columns.push(fts5EvalColumn(sqlite, engine.articles, questions.questions));
    process.stdout.write(`\n${formatEvalReport(columns)}\n`);
    process.stdout.write(`\n${halfIndexedReport(engine, questions.questions, config.MIN_CONFIDENCE)}\n`);
  }
  const passed = outcomes.filter((o) => o.passed).length;
  process.stdout.write(`\n${passed}/${outcomes.length} questions answered as accepted\n`);
  return passed === outcomes.length ? 0 : 1;
});

/**
 * The half-indexed abstention run (docs/eval-format.md): a second engine over every other article of each
 * folder, at the same threshold, asked the file's answerable questions.
 */
function halfIndexedReport(
  engine: Engine,
  questions: readonly EvalQuestion[],
  minConfidence: number | undefined,
): string {
  const indexed = indexedHalf(engine.articles);
  const corpus = { ...engine.corpus, articles: engine.articles.filter((a) => indexed.has(a.id)) };
  const halfEngine = createEngine(corpus, {}, minConfidence === undefined ? {} : { minConfidence });
  const outcomes = runHalfIndexedEval(
    halfEngine,
    questions,
    indexed,
    (id) => engine.getArticle(id)?.id ?? id,
  );
  return formatHalfIndexedReport(
    outcomes,
    `Half-indexed abstention: ${corpus.articles.length} of ${engine.articles.length} articles indexed ` +
      '(within each folder, the 1st, 3rd, 5th, … in id order), the answerable questions asked.',
  );
}

/** better-sqlite3 when installed and loading, else why not (how to install it, or what fails). */
function sqliteBaselineOrWhyNot(): SqliteConstructor | string {
  try {
    return findSqliteBaseline() ?? `install the baseline with ${SQLITE_BASELINE_INSTALL}`;
  } catch (error) {
    if (error instanceof SqliteBaselineError) return error.message;
    throw error;
  }
}

/** The quote on one line, cut to SHOWN_QUOTE_CHARS with "…" when longer. */
function shortQuote(quote: string): string {
  const line = quote.replace(/\s+/g, ' ');
  return line.length > SHOWN_QUOTE_CHARS ? `${line.slice(0, SHOWN_QUOTE_CHARS)}…` : line;
}
