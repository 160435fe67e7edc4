import { fileURLToPath } from 'node:url';
import { rankQuestion } from '../../src/answer/answer.js';
import { FITTED_MODEL } from '../../src/answer/fittedModel.js';
import { RANK_FEATURES, RANK_WEIGHTS, rankFeatureVector } from '../../src/answer/rankFeatures.js';
import { loadSquad } from '../../src/eval/squad/loadSquad.js';
import { excerptContainsAnswer } from '../../src/eval/squad/normalizeAnswer.js';
import { INDEXED_ARTICLES } from '../../src/eval/squad/runSquadEval.js';
import { squadAnswerContext } from './squadAnswerContext.js';
import { FITTED_MODEL_PATH, today, writeFittedModel } from './writeFittedModel.js';

/** Softmax temperature: features are in [0, 1], so weights of order 1 need sharpening to separate quotes. */
const SHARPNESS = 10;
/** Enough to converge: 1,000 steps at 0.05 gave the same weights to three decimals. */
const STEPS = 400;
const LEARNING_RATE = 0.02;
const L2 = 1e-4;
/**
 * Share of a question's credit reserved for quotes that contain its answer (the rest goes to any quote from the
 * right paragraph): 0.8 traded 0.3 points of right-paragraph-first for 1.1 of answer-in-quote; 0.5 and 0 less so.
 */
const ANSWER_SHARE = 0.8;
/** Weights kept as set by hand: those in data/fitted-model.json's `ranker.handSet` (which says why). */
const handSet = FITTED_MODEL.ranker.handSet;
const FROZEN = new Set(RANK_FEATURES.flatMap((name, j) => (name in handSet ? [j] : [])));

/** One question's candidate quotes: feature rows, and which come from the paragraph it was written on. */
interface Group {
  readonly rows: Float64Array[];
  readonly gold: boolean[];
  readonly hasAnswer: boolean[];
  readonly fitting: boolean;
}

/**
 * Candidate quotes for every SQuAD question over all 2,067 paragraphs. Questions on the articles from
 * INDEXED_ARTICLES on fit the weights; those on the first INDEXED_ARTICLES articles are held out.
 */
async function collect(file: string): Promise<Group[]> {
  const dataset = await loadSquad(file);
  const ctx = squadAnswerContext(dataset.paragraphs);
  return dataset.questions.map((q) => {
    const ranking = rankQuestion(ctx, q.question);
    const quotes = ranking?.quotes ?? [];
    const type = ranking?.query.type ?? 'other';
    return {
      rows: quotes.map((u) => Float64Array.from(rankFeatureVector(u.features, type))),
      gold: quotes.map((u) => u.passage.articleId === q.paragraphId),
      hasAnswer: quotes.map(
        (u) =>
          u.passage.articleId === q.paragraphId &&
          excerptContainsAnswer(
            ctx.articles.get(u.passage.articleId)?.text.slice(u.span.start, u.span.end) ?? '',
            q.answers,
          ),
      ),
      fitting: q.articleIndex >= INDEXED_ARTICLES,
    };
  });
}

/** Share of groups whose best-scoring quote is from the right paragraph, and contains the answer. */
function accuracy(groups: readonly Group[], weights: readonly number[]): { r1: number; withAnswer: number } {
  let r1 = 0;
  let withAnswer = 0;
  for (const g of groups) {
    let best = -1;
    let bestScore = -Infinity;
    g.rows.forEach((row, i) => {
      const score = row.reduce((s, x, j) => s + x * (weights[j] ?? 0), 0);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0 && g.gold[best]) r1++;
    if (best >= 0 && g.hasAnswer[best]) withAnswer++;
  }
  return { r1: (100 * r1) / groups.length, withAnswer: (100 * withAnswer) / groups.length };
}

/**
 * Listwise softmax fit (Adam): raises the probability that a question's best quote comes from its paragraph.
 * Questions whose paragraph has no candidate teach nothing and are left out.
 */
export function fitRanker(groups: readonly Group[], start: readonly number[]): number[] {
  const d = start.length;
  const w = Float64Array.from(start);
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  // How much each quote counts as a right answer: 1 from the right paragraph, and with ANSWER_SHARE of that
  // weight reserved for the quotes that also contain the answer (when one does).
  const credit = (g: Group): number[] =>
    g.gold.map((gold, i) =>
      !gold ? 0 : g.hasAnswer.some(Boolean) ? (g.hasAnswer[i] ? 1 : 1 - ANSWER_SHARE) : 1,
    );
  const useful = groups.filter((g) => g.gold.some(Boolean));
  const credits = new Map(useful.map((g) => [g, credit(g)]));
  for (let step = 1; step <= STEPS; step++) {
    const gradient = new Float64Array(d);
    for (const g of useful) {
      const pos = credits.get(g) ?? [];
      const scores = g.rows.map((row) => SHARPNESS * row.reduce((s, x, j) => s + x * (w[j] ?? 0), 0));
      const max = Math.max(...scores);
      const e = scores.map((s) => Math.exp(s - max));
      const all = e.reduce((a, b) => a + b, 0);
      const gold = e.reduce((a, b, i) => a + (pos[i] ?? 0) * b, 0);
      g.rows.forEach((row, i) => {
        const coefficient = SHARPNESS * ((e[i] ?? 0) / all - ((pos[i] ?? 0) * (e[i] ?? 0)) / gold);
        for (let j = 0; j < d; j++) gradient[j] = (gradient[j] ?? 0) + coefficient * (row[j] ?? 0);
      });
    }
    for (let j = 0; j < d; j++) {
      if (FROZEN.has(j)) continue;
      const gj = (gradient[j] ?? 0) / useful.length + L2 * (w[j] ?? 0);
      m[j] = 0.9 * (m[j] ?? 0) + 0.1 * gj;
      v[j] = 0.999 * (v[j] ?? 0) + 0.001 * gj * gj;
      const mHat = (m[j] ?? 0) / (1 - 0.9 ** step);
      const vHat = (v[j] ?? 0) / (1 - 0.999 ** step);
      w[j] = (w[j] ?? 0) - (LEARNING_RATE * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return [...w];
}

/**
 * `npx tsx scripts/fit/fitRanker.ts <dev-v1.1.json>`: refits the ranking weights from the current ones and
 * writes them, with their figures, into data/fitted-model.json, unless they do worse on the held-out questions
 * (then the current weights stay, with their figures measured afresh). Prints both.
 */
async function main(file: string | undefined): Promise<number> {
  if (!file) {
    console.error('Usage: npx tsx scripts/fit/fitRanker.ts <squad dev-v1.1.json>');
    return 2;
  }
  const groups = await collect(file);
  const fitting = groups.filter((g) => g.fitting);
  const heldOut = groups.filter((g) => !g.fitting);
  const fitted = fitRanker(fitting, RANK_WEIGHTS).map((x) => Number(x.toFixed(3)));
  const figures = (w: readonly number[]) => {
    const of = (part: readonly Group[]) => {
      const { r1, withAnswer } = accuracy(part, w);
      return { rightParagraph: Number(r1.toFixed(1)), withAnswer: Number(withAnswer.toFixed(1)) };
    };
    return { fitting: of(fitting), heldOut: of(heldOut), all: of(groups) };
  };
  const show = (name: string, f: ReturnType<typeof figures>): void =>
    console.log(
      `${name}: top quote from the right paragraph / with the answer: fitting ${f.fitting.rightParagraph} / ` +
        `${f.fitting.withAnswer}, held out ${f.heldOut.rightParagraph} / ${f.heldOut.withAnswer}, ` +
        `all ${f.all.rightParagraph} / ${f.all.withAnswer}`,
    );
  const before = figures(RANK_WEIGHTS);
  const after = figures(fitted);
  show('current weights', before);
  show('refitted', after);
  const keep =
    after.heldOut.rightParagraph >= before.heldOut.rightParagraph &&
    after.heldOut.withAnswer >= before.heldOut.withAnswer;
  const weights = keep ? fitted : RANK_WEIGHTS;
  console.log(
    RANK_FEATURES.map((f, j) => `${f}: ${weights[j] ?? 0}${f in handSet ? ' (hand-set)' : ''}`).join('\n'),
  );
  await writeFittedModel('ranker', {
    ...FITTED_MODEL.ranker,
    command: `npx tsx scripts/fit/fitRanker.ts ${file}`,
    fittedOn: keep ? today() : FITTED_MODEL.ranker.fittedOn,
    weights: Object.fromEntries(
      RANK_FEATURES.flatMap((name, j) => (name in handSet ? [] : [[name, weights[j] ?? 0]])),
    ),
    figures: { ...FITTED_MODEL.ranker.figures, ...(keep ? after : before) },
  });
  console.log(
    keep
      ? `Wrote the refitted weights to ${FITTED_MODEL_PATH}.`
      : `The refit does worse on the held-out questions: kept the current weights in ${FITTED_MODEL_PATH}, with their figures.`,
  );
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv[2]);
}
