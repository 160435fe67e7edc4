import { parseArgs } from 'node:util';
import { formatSquadReport } from './formatSquadReport.js';
import { loadSqliteBaseline } from './loadSqliteBaseline.js';
import { SqliteBaselineError } from './SqliteBaselineError.js';
import { runSquadEval } from './runSquadEval.js';
import type { SquadEvalOptions } from './runSquadEval.js';

/** What the SQuAD CLI needs from its caller: the engine factory, and where to write. */
export interface SquadCliContext {
  readonly createEngine: SquadEvalOptions['createEngine'];
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** Progress lines (default `stderr`); the CLI passes a no-op when LOG_LEVEL hides info lines. */
  readonly progress?: (text: string) => void;
}

export const SQUAD_USAGE = `Usage: npm run eval -- --squad <dev-v1.1.json> [--limit N] [--titles squad|none] [--json]
  --squad FILE   SQuAD v1.1 JSON; every paragraph becomes one article
  --limit N      ask only the first N questions (abstention split: N questions spread over all articles)
  --titles MODE  squad (default): the Wikipedia title; none: the paragraph's first words
  --json         print the report as JSON instead of the table`;

/**
 * `npm run eval -- --squad <file> ...`: runs the SQuAD eval and prints the table (or JSON with `--json`).
 * `argv` is the arguments after the script name. Returns the exit code: 0 on success, 1 when the SQLite baseline cannot be installed, 2 on bad arguments.
 */
export async function runSquadCli(argv: readonly string[], context: SquadCliContext): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        squad: { type: 'string' },
        limit: { type: 'string' },
        titles: { type: 'string', default: 'squad' },
        json: { type: 'boolean', default: false },
      },
      strict: true,
    }));
  } catch (error) {
    context.stderr(`${(error as Error).message}\n${SQUAD_USAGE}`);
    return 2;
  }
  if (values.squad === undefined) {
    context.stderr(`Missing --squad <file>.\n${SQUAD_USAGE}`);
    return 2;
  }
  const limit = values.limit === undefined ? undefined : Number(values.limit);
  if (limit !== undefined && !(Number.isInteger(limit) && limit > 0)) {
    context.stderr(`--limit must be a positive integer, got "${values.limit}".`);
    return 2;
  }
  const titleMode = values.titles;
  if (titleMode !== 'squad' && titleMode !== 'none') {
    context.stderr(`--titles must be "squad" or "none", got "${titleMode}".`);
    return 2;
  }
  let sqlite;
  try {
    // The FTS5 yardstick: installed on demand into a git-ignored folder (it compiles for minutes).
    sqlite = await loadSqliteBaseline(context.stderr);
  } catch (error) {
    if (!(error instanceof SqliteBaselineError)) throw error;
    context.stderr(error.message);
    return 1;
  }
  const report = await runSquadEval(values.squad, {
    createEngine: context.createEngine,
    sqlite,
    limit,
    titleMode,
    onProgress: (message) => (context.progress ?? context.stderr)(message),
  });
  context.stdout(values.json ? JSON.stringify(report, null, 2) : formatSquadReport(report));
  return 0;
}
