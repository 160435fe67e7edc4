import { fileURLToPath } from 'node:url';
import { FITTED_MODEL } from '../../src/answer/fittedModel.js';
import { RANK_FEATURES, RANK_WEIGHTS } from '../../src/answer/rankFeatures.js';
import { accuracy, newsGroups, squadGroups, type Group } from './rankGroups.js';
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

/**
 * Listwise softmax fit (Adam): raises the probability that a question's first quote comes from a right
 * article, each question counting by its `weight`. Questions with no right candidate teach nothing and are
 * left out, as are the quotes that can never come first (`secondary`). Weights at the indexes in `frozen`
 * (default: the hand-set ones) keep their `start` value.
 */
export function fitRanker(
  groups: readonly Group[],
  start: readonly number[],
  frozen: ReadonlySet<number> = FROZEN,
): number[] {
  const d = start.length;
  const w = Float64Array.from(start);
  const m = new Float64Array(d);
  const v = new Float64Array(d);
  // How much each quote counts as a right answer: 1 from a right article, and with ANSWER_SHARE of that
  // weight reserved for the quotes that also contain the answer (when one does).
  const credit = (g: Group): number[] =>
    g.gold.map((gold, i) =>
      !gold ? 0 : g.hasAnswer.some(Boolean) ? (g.hasAnswer[i] ? 1 : 1 - ANSWER_SHARE) : 1,
    );
  const useful = groups
    .map((g) => {
      const keep = g.rows.flatMap((_, i) => (g.secondary[i] ? [] : [i]));
      const pick = <T>(xs: readonly T[]): T[] => keep.map((i) => xs[i] as T);
      return { ...g, rows: pick(g.rows), gold: pick(g.gold), hasAnswer: pick(g.hasAnswer), secondary: [] };
    })
    .filter((g) => g.gold.some(Boolean));
  const credits = new Map(useful.map((g) => [g, credit(g)]));
  const totalWeight = useful.reduce((a, g) => a + g.weight, 0);
  // Plain loops over typed arrays: the fit scores ~250,000 quotes per step.
  const e = new Float64Array(Math.max(0, ...useful.map((g) => g.rows.length)));
  for (let step = 1; step <= STEPS; step++) {
    const gradient = new Float64Array(d);
    for (const g of useful) {
      const pos = credits.get(g) ?? [];
      const { rows } = g;
      let max = -Infinity;
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i] as Float64Array;
        let s = 0;
        for (let j = 0; j < d; j++) s += (row[j] as number) * (w[j] as number);
        const score = SHARPNESS * s;
        e[i] = score;
        if (score > max) max = score;
      }
      let all = 0;
      let gold = 0;
      for (let i = 0; i < rows.length; i++) {
        e[i] = Math.exp((e[i] as number) - max);
        all += e[i] as number;
        gold += (pos[i] ?? 0) * (e[i] as number);
      }
      for (let i = 0; i < rows.length; i++) {
        const row = rows[i] as Float64Array;
        const ei = e[i] as number;
        const coefficient = g.weight * SHARPNESS * (ei / all - ((pos[i] ?? 0) * ei) / gold);
        for (let j = 0; j < d; j++) gradient[j] = (gradient[j] as number) + coefficient * (row[j] as number);
      }
    }
    for (let j = 0; j < d; j++) {
      if (frozen.has(j)) continue;
      const gj = (gradient[j] ?? 0) / totalWeight + L2 * (w[j] ?? 0);
      m[j] = 0.9 * (m[j] ?? 0) + 0.1 * gj;
      v[j] = 0.999 * (v[j] ?? 0) + 0.001 * gj * gj;
      const mHat = (m[j] ?? 0) / (1 - 0.9 ** step);
      const vHat = (v[j] ?? 0) / (1 - 0.999 ** step);
      w[j] = (w[j] ?? 0) - (LEARNING_RATE * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return [...w];
}

/** A news set's tuning-half questions, each weighing this many SQuAD fitting questions (see main). */
export function newsWeightOf(share: number, squadCount: number, newsCount: number): number {
  return newsCount === 0 ? 0 : (share * squadCount) / newsCount;
}

/**
 * Each news set's share of the fit: the tuning half of every set given weighs this much of the SQuAD fitting
 * questions' total, whatever its size (~160 questions of the first set, ~110 of the headline set, beside
 * ~5,000 SQuAD ones). With the first set alone, among 0, 0.1, 0.2, 0.3 and 1, 0.2 and 0.3 put the most
 * tuning-half first quotes in the right article (87.1%) with the answer (61.3%); 0.2 kept SQuAD's held-out
 * figures as they were, 0.3 cost 0.1 point, 1 cost 0.5 and no more news gain.
 */
const NEWS_SHARE = 0.2;
/** A refit may cost SQuAD's held-out figures this much (points) for news gains, never more. */
const SQUAD_SLACK = 0.3;

type Figures = Record<string, { rightParagraph: number; withAnswer: number }>;

/** Each split's figures under `weights`, to one decimal. */
function figuresOf(splits: Record<string, readonly Group[]>, weights: readonly number[]): Figures {
  return Object.fromEntries(
    Object.entries(splits).map(([name, groups]) => {
      const { right, withAnswer } = accuracy(groups, weights);
      return [name, { rightParagraph: Number(right.toFixed(1)), withAnswer: Number(withAnswer.toFixed(1)) }];
    }),
  );
}

/** A news eval file and the corpus folder its questions are asked over. */
export interface NewsSet {
  readonly file: string;
  readonly dir: string;
}

/**
 * The news sets of the command line: after the SQuAD file, pairs of a news eval file and its corpus folder.
 * @returns null when a file lacks its folder.
 */
export function newsSetsOf(args: readonly string[]): NewsSet[] | null {
  if (args.length % 2 !== 0) return null;
  const sets: NewsSet[] = [];
  for (let k = 0; k < args.length; k += 2) sets.push({ file: args[k] ?? '', dir: args[k + 1] ?? '' });
  return sets;
}

/**
 * The weights (indexes into RANK_FEATURES) a refit leaves as they are: the hand-set ones and, with `--fit
 * <names>` (comma-separated RANK_FEATURES names), every one not named. Fitting a new feature's weight with only
 * those it overlaps leaves the others as their earlier fit set them, rather than moving every weight on a few
 * news questions of one kind (see data/fitted-model.json's ranker.data).
 * @returns the frozen indexes and the rest of the arguments, or an error naming an unknown feature.
 */
export function frozenOf(
  args: readonly string[],
  names: readonly string[] = RANK_FEATURES,
  handSetNames: readonly string[] = Object.keys(handSet),
): { frozen: Set<number>; rest: string[] } | { error: string } {
  const at = args.indexOf('--fit');
  const frozen = new Set(names.flatMap((name, j) => (handSetNames.includes(name) ? [j] : [])));
  if (at < 0) return { frozen, rest: [...args] };
  const listed = (args[at + 1] ?? '').split(',').filter(Boolean);
  const unknown = listed.find((name) => !names.includes(name));
  if (listed.length === 0 || unknown !== undefined) {
    return { error: `--fit: ${unknown === undefined ? 'no feature named' : `no feature "${unknown}"`}` };
  }
  names.forEach((name, j) => {
    if (!listed.includes(name)) frozen.add(j);
  });
  return { frozen, rest: [...args.slice(0, at), ...args.slice(at + 2)] };
}

const USAGE =
  'Usage: npx tsx scripts/fit/fitRanker.ts [--fit <feature,...>] <squad dev-v1.1.json> [<news questions.json> <news corpus dir>]...';

/**
 * `npx tsx scripts/fit/fitRanker.ts [--fit <feature,...>] <dev-v1.1.json> [<news questions.json> <news corpus dir>]...`:
 * refits the ranking weights (all but the hand-set ones, or only those `--fit` names) from the current ones, on
 * SQuAD's fitting split and the tuning half of each news eval file
 * given (docs/eval-format.md) over its corpus folder, and writes them with their figures into
 * data/fitted-model.json, unless they do worse: more than SQUAD_SLACK points on SQuAD's held-out questions, or at
 * all on the sum of the news tuning halves (then the current weights stay, with their figures measured afresh).
 * Prints every set's figures. The news test halves are measured, never fitted on.
 */
async function main(args: readonly string[]): Promise<number> {
  const options = frozenOf(args);
  if ('error' in options) {
    console.error(`${options.error}\n${USAGE}`);
    return 2;
  }
  const [file, ...rest] = options.rest;
  const sets = newsSetsOf(rest);
  if (!file || !sets) {
    console.error(USAGE);
    return 2;
  }
  const squad = await squadGroups(file);
  const news = await Promise.all(
    sets.map(async (set) => {
      const groups = await newsGroups(set.file, set.dir);
      return {
        ...set,
        ...groups,
        weight: newsWeightOf(NEWS_SHARE, squad.fitting.length, groups.tune.length),
      };
    }),
  );
  const fitted = fitRanker(
    [...squad.fitting, ...news.flatMap((set) => set.tune.map((g) => ({ ...g, weight: set.weight })))],
    RANK_WEIGHTS,
    options.frozen,
  ).map((x) => Number(x.toFixed(3)));
  const splits: Record<string, readonly Group[]> = {
    fitting: squad.fitting,
    heldOut: squad.heldOut,
    all: [...squad.fitting, ...squad.heldOut],
  };
  // Keyed by file and folder: the same questions may be fitted over two corpora (with and without headlines).
  const keyOf = (set: (typeof news)[number]): string => `${set.file} over ${set.dir}`;
  for (const set of news) {
    splits[`${keyOf(set)} tune`] = set.tune;
    splits[`${keyOf(set)} test`] = set.test;
  }
  const before = figuresOf(splits, RANK_WEIGHTS);
  const after = figuresOf(splits, fitted);
  const show = (name: string, f: Figures): void =>
    console.log(
      `${name}: first quote from the right article / with the answer:\n` +
        Object.entries(f)
          .map(([split, x]) => `  ${split} ${x.rightParagraph} / ${x.withAnswer}`)
          .join('\n'),
    );
  show('current weights', before);
  show('refitted', after);
  const [a, b] = [after.heldOut, before.heldOut];
  const lost = (key: 'rightParagraph' | 'withAnswer'): boolean => !!a && !!b && a[key] < b[key] - SQUAD_SLACK;
  const heldOutKept = !lost('rightParagraph') && !lost('withAnswer');
  // The news tuning halves together, each question once (a gain on one set may pay for a loss on another), the
  // counts rebuilt from percentages rounded to 0.1, so equal within half a question.
  const tuneCount = (f: Figures, key: 'rightParagraph' | 'withAnswer'): number =>
    news.reduce((sum, set) => sum + ((f[`${keyOf(set)} tune`]?.[key] ?? 0) * set.tune.length) / 100, 0);
  const newsKept = (['rightParagraph', 'withAnswer'] as const).every(
    (key) => tuneCount(after, key) >= tuneCount(before, key) - 0.5,
  );
  const keep = heldOutKept && newsKept;
  const weights = keep ? fitted : RANK_WEIGHTS;
  const figures = keep ? after : before;
  console.log(
    RANK_FEATURES.map(
      (f, j) =>
        `${f}: ${weights[j] ?? 0}${f in handSet ? ' (hand-set)' : options.frozen.has(j) ? ' (kept)' : ''}`,
    ).join('\n'),
  );
  const { fitting, heldOut, all } = figures;
  if (!fitting || !heldOut || !all) throw new Error('SQuAD figures missing');
  const newsFigures = Object.fromEntries(
    news.flatMap((set) => {
      const [tune, test] = [figures[`${keyOf(set)} tune`], figures[`${keyOf(set)} test`]];
      return tune && test ? [[keyOf(set), { tune, test }]] : [];
    }),
  );
  await writeFittedModel('ranker', {
    ...FITTED_MODEL.ranker,
    // Weights kept from an earlier fit keep that fit's command and data: only their figures are measured afresh.
    ...(keep
      ? {
          command: `npx tsx scripts/fit/fitRanker.ts ${args.join(' ')}`,
          data: [SQUAD_DATA, ...news.map((set) => newsData(set.file, set.dir, set.weight))].join(' '),
          fittedOn: today(),
        }
      : {}),
    weights: Object.fromEntries(
      RANK_FEATURES.flatMap((name, j) => (name in handSet ? [] : [[name, weights[j] ?? 0]])),
    ),
    figures: {
      measure: MEASURE,
      fitting,
      heldOut,
      all,
      ...(news.length > 0 ? { news: newsFigures } : {}),
    },
  });
  const worse =
    'The refit does worse on held-out SQuAD or the news tuning halves: kept the current weights in';
  console.log(
    keep ? `Wrote the refitted weights to ${FITTED_MODEL_PATH}.` : `${worse} ${FITTED_MODEL_PATH}.`,
  );
  return 0;
}

const MEASURE =
  "SQuAD paragraphs read as .txt files, titled from their first words (see rankGroups.ts, squadGroups). % of questions whose first quote (the best-scoring one that may lead) comes from the question's paragraph (news: an accepted article) / also contains a gold answer (news: the accepted phrase)";

const SQUAD_DATA =
  'SQuAD v1.1 dev, every one of its 2,067 paragraphs indexed as an article: fitted on the questions of Wikipedia articles 25-48; the questions of articles 1-24 are held out.';

/** The news part of the `data` note: what was fitted on and how much it weighed. */
const newsData = (file: string, dir: string, weight: number): string =>
  `Plus the answerable questions of the tuning half (split "tune") of ${file} over ${dir}, each weighing ` +
  `${weight.toFixed(1)} SQuAD questions (together ${NEWS_SHARE} of SQuAD's fitting questions); its test half ` +
  'is measured (figures.news), never fitted on.';

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
