/**
 * SQuAD v1.1 dev as the held-out review of issue #12 measures it, through the JSON CLI: each paragraph one
 * `.txt` file with no headline, every question piped into `npm run --silent ask -- --json` (LOG_LEVEL=error),
 * the first quote judged. Prints right-paragraph-first (R@1) and answer-in-first-quote over all 48 articles;
 * then, with only the first 24 articles' paragraphs indexed, the share of their questions answered and of the
 * other 24's declined, at the default MIN_CONFIDENCE (or the environment's). Takes about a minute or two.
 *
 *   npx tsx scripts/measure/squadThroughCli.ts ../shared/data/squad-v1.1-dev/dev-v1.1.json
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSquad, type SquadParagraph, type SquadQuestion } from '../../src/eval/squad/loadSquad.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The review's split: the first 24 of SQuAD dev's 48 articles indexed. */
const INDEXED_ARTICLES = 24;

interface Line {
  readonly answered: boolean;
  readonly excerpts: readonly { readonly sourceId: string; readonly quote: string }[];
}

/** Writes `paragraphs` as one file each into a new folder and asks every question through the CLI. */
async function askThroughCli(
  work: string,
  name: string,
  paragraphs: readonly SquadParagraph[],
  questions: readonly SquadQuestion[],
): Promise<Line[]> {
  const corpus = path.join(work, name);
  await mkdir(corpus);
  for (const paragraph of paragraphs)
    await writeFile(path.join(corpus, `${paragraph.id}.txt`), paragraph.context);
  const child = spawn(process.execPath, [path.join(ROOT, 'scripts/run.cjs'), 'src/cli/ask.ts', '--json'], {
    cwd: ROOT,
    env: {
      ...process.env,
      CORPUS_DIR: corpus,
      LOG_LEVEL: 'error',
      INDEX_CACHE_DIR: path.join(work, 'index'),
    },
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
  // A question is one line: SQuAD's few with a line break inside are asked with a space.
  child.stdin.end(questions.map((q) => q.question.replace(/\s+/g, ' ')).join('\n') + '\n');
  await new Promise((resolve) => child.on('close', resolve));
  const lines = out
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);
  if (lines.length !== questions.length)
    throw new Error(`${lines.length} answers for ${questions.length} questions`);
  return lines;
}

const percent = (part: number, whole: number): string => ((100 * part) / whole).toFixed(1);

async function main(): Promise<void> {
  const file = process.argv[2];
  if (!file) throw new Error('usage: squadThroughCli.ts <dev-v1.1.json>');
  const squad = parseSquad(await readFile(file, 'utf8'), file);
  // Blank questions are rejected by the CLI with an error line; SQuAD has none that are blank after trimming.
  const questions = squad.questions.filter((q) => q.question.trim() !== '');
  const work = await mkdtemp(path.join(tmpdir(), 'verbatim-squad-cli-'));
  try {
    const all = await askThroughCli(work, 'all', squad.paragraphs, questions);
    let first = 0;
    let inFirst = 0;
    all.forEach((line, i) => {
      const q = questions[i]!;
      const top = line.excerpts[0];
      if (top?.sourceId === q.paragraphId) first++;
      if (top && q.answers.some((answer) => top.quote.includes(answer))) inFirst++;
    });
    console.log(`all ${INDEXED_ARTICLES * 2} articles, ${questions.length} questions:`);
    console.log(`  right paragraph first ${percent(first, questions.length)}%`);
    console.log(`  answer in the first quote ${percent(inFirst, questions.length)}%`);
    console.log(`  answered ${percent(all.filter((l) => l.answered).length, questions.length)}%`);

    const indexed = squad.paragraphs.filter((p) => p.articleIndex < INDEXED_ARTICLES);
    const half = await askThroughCli(work, 'half', indexed, questions);
    const inside = half.filter((_, i) => questions[i]!.articleIndex < INDEXED_ARTICLES);
    const outside = half.filter((_, i) => questions[i]!.articleIndex >= INDEXED_ARTICLES);
    console.log(`first ${INDEXED_ARTICLES} articles indexed:`);
    console.log(
      `  their questions answered ${percent(inside.filter((l) => l.answered).length, inside.length)}%`,
    );
    console.log(
      `  the others' declined ${percent(outside.filter((l) => !l.answered).length, outside.length)}%`,
    );
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

await main();
