import { fileURLToPath } from 'node:url';
import { FITTED_MODEL } from '../../src/answer/fittedModel.js';
import {
  CONFIDENCE_MODEL,
  confidenceOf,
  EVIDENCE_FEATURES,
  type ConfidenceModel,
  type Evidence,
} from '../../src/answer/confidence.js';
import { chooseNewsThreshold, evidenceFrom, newsFigures } from '../../src/eval/chooseNewsThreshold.js';
import { newsSetOf, type NewsExample, type NewsSet } from '../../src/eval/newsConfidenceExamples.js';
import { loadSquad } from '../../src/eval/squad/loadSquad.js';
import { operatingPoint } from '../../src/eval/squad/operatingPoint.js';
import { formatThresholdCurve, thresholdCurve, type ScoredQuestions } from '../../src/eval/thresholdCurve.js';
import { confidenceExamples, heldOutEvidence } from './squadConfidenceExamples.js';
import { calibrateStoryShape, SHAPE_ANSWERED, shapeless } from './calibrateStoryShape.js';
import { fitLogistic, type Example } from './fitLogistic.js';
import { FITTED_MODEL_PATH, today, writeFittedModel } from './writeFittedModel.js';

/** The SQuAD eval's operating point: the threshold that answers this share of answerable questions. */
const TARGET_ANSWERED = 0.95;
/** Share the default threshold (MIN_CONFIDENCE) answers: declining a question the articles answer costs more. */
const DEFAULT_ANSWERED = 0.98;
/**
 * With news questions, the default is chosen on them (chooseNewsThreshold), but never so high that it
 * answers fewer than this share of the fitting split's answerable SQuAD questions: the SQuAD target itself
 * (95% answered, with 80% of the other articles' questions declined). It was 95.5% for a margin, which left the
 * decline target unmet through the CLI (79.6% declined at 96.7% answered, scripts/measure/squadThroughCli.ts);
 * at 95% the held-out split and the CLI both still answer more than 95%.
 */
const SQUAD_FLOOR_ANSWERED = TARGET_ANSWERED;
/**
 * The news tuning half's weight in the fit, as a share of SQuAD's: its ~200 questions together weigh as much
 * as SQuAD's ~10,500, to teach the model how news questions (written without looking at the answer) differ,
 * while SQuAD's many examples keep it steady. 0.5 and 1 were tried on the tuning half.
 */
const NEWS_SHARE = 1;
/**
 * The half-indexed run's weight in the fit (see newsSetOf in newsConfidenceExamples.ts), as shares of SQuAD's per question of
 * that run: a question whose story is missing weighs four times one whose story is there. The missing-story
 * questions are what the run adds (a related story names the same people, the answerable ones are like the
 * full run's); weighing them (0.5, 1, 2, 4 tried on the tuning half) trades SQuAD's declines for news ones.
 */
const HALF_SHARE = { answerable: 0.5, missing: 2 } as const;

function heldOutFigures(
  evidence: ReturnType<typeof heldOutEvidence>,
  model: ConfidenceModel,
  minConfidence: number,
) {
  const scores = (list: readonly (Evidence | null)[]) => list.map((e) => (e ? confidenceOf(e, model) : 0));
  const inCorpus = scores(evidence.inCorpus);
  const outOfCorpus = scores(evidence.outOfCorpus);
  const pct = (part: number, whole: number) => Number(((100 * part) / whole).toFixed(1));
  const target = operatingPoint(inCorpus, outOfCorpus, TARGET_ANSWERED * 100);
  return {
    data: FITTED_MODEL.confidence.heldOut.data,
    atMinConfidence: {
      threshold: minConfidence,
      inCorpusAnswered: pct(inCorpus.filter((c) => c >= minConfidence).length, inCorpus.length),
      outOfCorpusDeclined: pct(outOfCorpus.filter((c) => c < minConfidence).length, outOfCorpus.length),
    },
    atTarget: {
      threshold: Number((target?.threshold ?? 0).toPrecision(3)),
      inCorpusAnswered: Number((target?.inCorpusAnswered ?? 0).toFixed(1)),
      outOfCorpusDeclined: Number((target?.outOfCorpusDeclined ?? 0).toFixed(1)),
    },
  };
}

/**
 * `npx tsx scripts/fit/fitConfidence.ts <dev-v1.1.json> [<news questions.json> <news corpus dir>]`: refits the
 * model and its thresholds and writes them, with held-out figures, into data/fitted-model.json, unless the
 * refit does worse (see `keep` below; then the current model stays, with its figures measured afresh). Prints
 * both. With news questions, their tuning half is fitted on twice: asked of the whole corpus, and of half of
 * it (newsSetOf), where the questions about the missing articles are examples to decline.
 */
async function main(args: readonly string[]): Promise<number> {
  const [file, ...newsArgs] = args;
  if (!file || newsArgs.length % 2 !== 0) {
    console.error(
      'Usage: npx tsx scripts/fit/fitConfidence.ts <squad dev-v1.1.json> [<news questions.json> <news corpus dir>]...',
    );
    return 2;
  }
  const dataset = await loadSquad(file);
  const squadExamples = confidenceExamples(dataset);
  const newsSets: NewsSet[] = [];
  for (let i = 0; i < newsArgs.length; i += 2) {
    newsSets.push(await newsSetOf(newsArgs[i] ?? '', newsArgs[i + 1] ?? ''));
  }
  // Each news set weighs the same against SQuAD (see NEWS_SHARE, HALF_SHARE); the default is chosen on their
  // half-indexed tuning runs together.
  const news =
    newsSets.length === 0 ? null : { tune: { halfIndexed: newsSets.flatMap((set) => set.tune.halfIndexed) } };
  const newsExamples: Example[] = newsSets.flatMap((set) => {
    const full = set.tune.full.filter((e) => e.x !== null);
    const half = set.tune.halfIndexed.filter((e) => e.x !== null);
    const fullWeight = (NEWS_SHARE * squadExamples.length) / Math.max(1, full.length);
    const halfWeight = (e: NewsExample): number =>
      ((e.answerable ? HALF_SHARE.answerable : HALF_SHARE.missing) * squadExamples.length) /
      Math.max(1, half.length);
    return [
      ...full.map((e) => ({ x: shapeless(e.x ?? []), answerable: e.answerable, weight: fullWeight })),
      ...half.map((e) => ({ x: shapeless(e.x ?? []), answerable: e.answerable, weight: halfWeight(e) })),
    ];
  });
  const examples: Example[] = [...squadExamples, ...newsExamples];
  const round = (values: readonly number[]): number[] => values.map((v) => Number(v.toPrecision(4)));
  const fitted = fitLogistic(examples);
  const refit: ConfidenceModel = {
    mean: round(fitted.mean),
    scale: round(fitted.scale),
    weights: round(fitted.weights),
    bias: Number(fitted.bias.toPrecision(4)),
  };
  // The fitting split's answerable SQuAD questions' confidences, lowest first, and the one answering a share.
  const squadScores = (model: ConfidenceModel): number[] =>
    squadExamples
      .filter((e) => e.answerable)
      .map((e) => confidenceOf(evidenceFrom(e.x), model))
      .sort((a, b) => a - b);
  const answering = (scores: readonly number[], answered: number): number =>
    scores[Math.floor((1 - answered) * scores.length)] ?? 0.5;
  const squadFloor = (model: ConfidenceModel): number =>
    Math.floor(answering(squadScores(model), SQUAD_FLOOR_ANSWERED) * 100) / 100;
  const thresholds = (model: ConfidenceModel) => {
    const scores = squadScores(model);
    const thresholdFor = (answered: number): number => Number(answering(scores, answered).toPrecision(3));
    // The default is a setting people read and type: two decimals.
    const min = news
      ? chooseNewsThreshold(news.tune.halfIndexed, model, thresholdFor(SQUAD_FLOOR_ANSWERED))
      : Number(thresholdFor(DEFAULT_ANSWERED).toFixed(2));
    const answersShare = scores.filter((c) => c >= min).length / scores.length;
    return { target: thresholdFor(TARGET_ANSWERED), min, answersShare: Number(answersShare.toFixed(3)) };
  };
  console.log(
    `${examples.length} examples (${examples.filter((e) => e.answerable).length} answerable; ` +
      `${newsExamples.length} news from ${newsSets.length} sets); features ${EVIDENCE_FEATURES.join(', ')}`,
  );
  const evidence = heldOutEvidence(dataset);
  const curveSets = (model: ConfidenceModel): Record<string, ScoredQuestions> => {
    const confidence = (x: readonly number[] | null): number =>
      x === null ? 0 : confidenceOf(evidenceFrom(x), model);
    const scored = (list: readonly { x: readonly number[] | null; answerable: boolean }[]) => ({
      answerable: list.filter((e) => e.answerable).map((e) => confidence(e.x)),
      unanswerable: list.filter((e) => !e.answerable).map((e) => confidence(e.x)),
    });
    const orZero = (list: readonly (Evidence | null)[]) => list.map((e) => (e ? confidenceOf(e, model) : 0));
    return {
      ...Object.fromEntries(
        newsSets.flatMap((set, k) => [
          [`news ${k + 1} tune half`, scored(set.tune.halfIndexed)],
          [`news ${k + 1} test half`, scored(set.test.halfIndexed)],
          [`news ${k + 1} tune full`, scored(set.tune.full)],
          [`news ${k + 1} test full`, scored(set.test.full)],
        ]),
      ),
      'SQuAD fitting': scored(squadExamples),
      'SQuAD held out': { answerable: orZero(evidence.inCorpus), unanswerable: orZero(evidence.outOfCorpus) },
    };
  };
  const measure = (name: string, fittedModel: ConfidenceModel) => {
    // The shape's weight puts news on SQuAD's scale at the threshold SQuAD's floor allows (see storyShape.ts).
    const model = news
      ? calibrateStoryShape(fittedModel, news.tune.halfIndexed, squadFloor(fittedModel))
      : fittedModel;
    const t = thresholds(model);
    const heldOut = heldOutFigures(evidence, model, t.min);
    const newsAt = newsSets.map((set) => ({
      data: set.data,
      tune: newsFigures(set.tune.full, model, t.min),
      test: newsFigures(set.test.full, model, t.min),
      halfIndexed: {
        tune: halfFigures(set.tune.halfIndexed, model, t.min),
        test: halfFigures(set.test.halfIndexed, model, t.min),
      },
    }));
    console.log(`${name}: ${JSON.stringify(model)}`);
    for (const set of newsAt) console.log(`  ${set.data} at ${t.min}: ${JSON.stringify(set)}`);
    console.log(
      `  fitting split: ${TARGET_ANSWERED * 100}% answered at ${t.target}, ${(t.answersShare * 100).toFixed(1)}% at ${t.min}; ` +
        `held out: at ${t.min} answers ${heldOut.atMinConfidence.inCorpusAnswered}% and declines ` +
        `${heldOut.atMinConfidence.outOfCorpusDeclined}%; at ${heldOut.atTarget.threshold} answers ` +
        `${heldOut.atTarget.inCorpusAnswered}% and declines ${heldOut.atTarget.outOfCorpusDeclined}%`,
    );
    return { model, t, heldOut, newsAt };
  };
  const before = measure('current model', CONFIDENCE_MODEL);
  const after = measure('refitted', refit);
  // With news: the refit must keep SQuAD's held-out targets at its default (95% answered, 80% declined), and
  // decline as many of the tuning half's missing-story questions there as the current model, if that one
  // keeps them too. Without: the refit must decline as many of SQuAD's held out at the 95% operating point.
  const meetsSquad = (m: typeof before): boolean =>
    m.heldOut.atMinConfidence.inCorpusAnswered >= 95 && m.heldOut.atMinConfidence.outOfCorpusDeclined >= 80;
  // Declined of the tuning halves' missing-story questions, all sets together (each set's share, summed).
  const declinesNews = (m: typeof before): number =>
    m.newsAt.reduce((sum, set) => sum + set.halfIndexed.tune.declined, 0);
  const keep = news
    ? meetsSquad(after) && (!meetsSquad(before) || declinesNews(after) >= declinesNews(before))
    : after.heldOut.atTarget.outOfCorpusDeclined >= before.heldOut.atTarget.outOfCorpusDeclined;
  const chosen = keep ? after : before;
  console.log(
    `What each threshold trades under the ${keep ? 'refitted' : 'current'} model, answered/declined (%); ` +
      'news: the half-indexed runs, and the full run (its unanswerable questions declined); SQuAD: the fitting ' +
      'split and the held-out abstention split:',
  );
  console.log(
    formatThresholdCurve(
      thresholdCurve(
        curveSets(chosen.model),
        [...new Set([...CURVE_THRESHOLDS, chosen.t.min])].sort((a, b) => a - b),
      ),
    ),
  );
  await writeFittedModel('confidence', {
    ...FITTED_MODEL.confidence,
    command: `npx tsx scripts/fit/fitConfidence.ts ${args.join(' ')}`,
    data: news
      ? `${SQUAD_DATA} Plus the tuning half of ${newsSets.map((set) => set.data).join(' and that of ')}.`
      : SQUAD_DATA,
    // With news the story shape's weight is calibrated afresh, whichever model is kept.
    fittedOn: keep || news ? today() : FITTED_MODEL.confidence.fittedOn,
    features: Object.fromEntries(
      EVIDENCE_FEATURES.map((name, j) => [
        name,
        {
          mean: chosen.model.mean[j] ?? 0,
          scale: chosen.model.scale[j] ?? 1,
          weight: chosen.model.weights[j] ?? 0,
        },
      ]),
    ),
    bias: chosen.model.bias,
    minConfidence: {
      value: chosen.t.min,
      answersShare: chosen.t.answersShare,
      why: news ? NEWS_WHY : SQUAD_WHY,
    },
    ...(chosen.newsAt.length > 0 ? { news: chosen.newsAt } : {}),
    target: { answersShare: TARGET_ANSWERED, threshold: chosen.t.target },
    heldOut: chosen.heldOut,
  });
  console.log(
    keep
      ? `Wrote the refitted model to ${FITTED_MODEL_PATH}.`
      : `The refit does no better: kept the current model in ${FITTED_MODEL_PATH}, with its figures.`,
  );
  return 0;
}

/**
 * The thresholds whose trade-off the fit prints (see thresholdCurve), with the chosen default: up to 0.7, where
 * news questions about a missing story start to be declined as often as the held-out review asks.
 */
const CURVE_THRESHOLDS = [0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7];

const SQUAD_DATA =
  'SQuAD v1.1 dev with the paragraphs of Wikipedia articles 25-48 indexed and the questions of all 48 asked (answerable: those on articles 25-48).';
const SQUAD_WHY =
  'Declining a question the articles do answer costs a user more than a weak quote with its source, so the default answers 98% of answerable questions on the fitting split (rounded to 2 decimals).';
const NEWS_WHY = `The highest two-decimal threshold that still answers ${SQUAD_FLOOR_ANSWERED * 100}% of the SQuAD fitting split's answerable questions (SQuAD's target; answersShare is that share); then the storyShape weight (not fitted with the others) is set so that the same threshold answers ${SHAPE_ANSWERED * 100}% of the news tuning halves' half-indexed questions (every other article of each folder indexed) whose article is indexed, declining as many as it can of those whose article is not.`;

/** A half-indexed run's figures at `threshold`: answered (% of answerable) and declined (% of missing-story). */
function halfFigures(examples: readonly NewsExample[], model: ConfidenceModel, threshold: number) {
  const { answered, declined } = newsFigures(examples, model, threshold);
  return { answered, declined };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
