/**
 * Dumps the rows the confidence fit reads, one JSON object a line, for trying other model shapes offline
 * (scripts/fit/confidenceShapes.py): each question's evidence features (EVIDENCE_FEATURES order), whether an
 * indexed article answers it, whether the engine's first quote is right, and the question's shape (answer type,
 * numbers of terms, names and numbers). Sets, as fitConfidence.ts and the evals build them:
 * - `squad-fit` / `squad-heldout`: SQuAD dev with articles 25-48 (the fit's split) / 1-24 (the eval's abstention
 *   split, held out) indexed, every question asked; `squad-all`: everything indexed (right-paragraph-first);
 *   each with SQuAD's titles and again with none (`titles: "none"`, as the CLI reads a `.txt` paragraph).
 * - `news-{tune,test}-{full,half}`: the news eval file's halves over the whole corpus and over half of it
 *   (indexedHalf); `news-{tune,test}-otherhalf`: over the other half, so the same questions give as many
 *   examples again of a story missing (and of one indexed).
 *
 *   npx tsx scripts/fit/dumpConfidenceRows.ts <dev-v1.1.json> <news questions.json> <news corpus dir> [--news-only] > rows.jsonl
 */
import { rankQuestion } from '../../src/answer/answer.js';
import type { AnswerContext } from '../../src/answer/AnswerContext.js';
import { featureVector } from '../../src/answer/confidence.js';
import { pickExcerpts } from '../../src/answer/pickExcerpts.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { hasIndexedSource } from '../../src/eval/halfIndexedEval.js';
import { indexedHalf } from '../../src/eval/indexedHalf.js';
import { INDEXED_ARTICLES } from '../../src/eval/squad/runSquadEval.js';
import { loadSquad, squadArticles, type SquadTitleMode } from '../../src/eval/squad/loadSquad.js';
import { readEvalFile, scoreQuestion, type EvalQuestion } from '../../src/eval/seedEval.js';

/** One question's row: see the file's comment. */
interface Row {
  readonly set: string;
  readonly titles?: SquadTitleMode;
  /** SQuAD: the question's article index (0-47); news: its split. */
  readonly group: number | string;
  readonly answerable: boolean;
  /** The first quote is from the right paragraph (SQuAD) or judged right (news), whatever the confidence. */
  readonly right: boolean;
  readonly x: readonly number[] | null;
  readonly confidence: number;
  readonly type: string | null;
  readonly terms: number;
  readonly names: number;
  readonly numbers: number;
}

function shapeOf(ctx: AnswerContext, question: string) {
  const ranking = rankQuestion(ctx, question);
  return {
    ranking,
    x: ranking?.evidence ? featureVector(ranking.evidence) : null,
    confidence: ranking?.confidence ?? 0,
    type: ranking?.query.type ?? null,
    terms: ranking?.query.terms.length ?? 0,
    names: ranking?.query.nameTerms.length ?? 0,
    numbers: ranking?.query.numberTerms.length ?? 0,
  };
}

function print(row: Row): void {
  process.stdout.write(`${JSON.stringify(row)}\n`);
}

async function main(args: readonly string[]): Promise<void> {
  const [squadFile, newsFile, newsDir, only] = args;
  if (!squadFile || !newsFile || !newsDir)
    throw new Error(
      'usage: dumpConfidenceRows.ts <dev-v1.1.json> <news questions.json> <news corpus dir> [--news-only]',
    );
  const squad = await loadSquad(squadFile);
  const splits = [
    ['squad-fit', (i: number) => i >= INDEXED_ARTICLES],
    ['squad-heldout', (i: number) => i < INDEXED_ARTICLES],
    ['squad-all', () => true],
  ] as const;
  for (const titles of only === '--news-only' ? [] : (['squad', 'none'] as const))
    for (const [set, indexed] of splits) {
      const ctx = answerContextOf(
        squadArticles(
          squad.paragraphs.filter((p) => indexed(p.articleIndex)),
          titles,
        ),
      );
      for (const q of squad.questions) {
        const { ranking, ...rest } = shapeOf(ctx, q.question);
        print({
          set,
          titles,
          group: q.articleIndex,
          answerable: indexed(q.articleIndex),
          right: ranking?.quotes[0]?.passage.articleId === q.paragraphId,
          ...rest,
        });
      }
      process.stderr.write(`${set} (${titles} titles) done\n`);
    }

  const file = await readEvalFile(newsFile);
  const { articles } = await loadCorpus(newsDir);
  const half = indexedHalf(articles);
  const canonical = new Map<string, string>(
    articles.flatMap((a) => [a.id, ...a.duplicateIds].map((id) => [id, a.id] as const)),
  );
  const fullCtx = answerContextOf(articles);
  const halfCtx = answerContextOf(articles.filter((a) => half.has(a.id)));
  const otherHalf = new Set(articles.filter((a) => !half.has(a.id)).map((a) => a.id));
  const otherCtx = answerContextOf(articles.filter((a) => otherHalf.has(a.id)));
  for (const split of ['tune', 'test'] as const) {
    const questions = file.questions.filter((q) => q.split === split);
    const rowsOver = (
      set: string,
      ctx: AnswerContext,
      list: readonly EvalQuestion[],
      answerable: (q: EvalQuestion) => boolean,
    ) => {
      for (const q of list) {
        const { ranking, ...shape } = shapeOf(ctx, q.question);
        const [best, ...others] = ranking?.quotes ?? [];
        const excerpts = best ? pickExcerpts(ctx, [best, ...others], 3) : 'declined';
        print({
          set,
          group: split,
          answerable: answerable(q),
          right: scoreQuestion(q, excerpts).firstRight,
          ...shape,
        });
      }
    };
    rowsOver(`news-${split}-full`, fullCtx, questions, (q) => !('unanswerable' in q));
    rowsOver(
      `news-${split}-half`,
      halfCtx,
      questions.filter((q) => !('unanswerable' in q)),
      (q) => hasIndexedSource(q, half, (id) => canonical.get(id) ?? id),
    );
    rowsOver(
      `news-${split}-otherhalf`,
      otherCtx,
      questions.filter((q) => !('unanswerable' in q)),
      (q) => hasIndexedSource(q, otherHalf, (id) => canonical.get(id) ?? id),
    );
  }
}

await main(process.argv.slice(2));
