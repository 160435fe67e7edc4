import { fileURLToPath } from 'node:url';
import { rankQuestion } from '../../answer/answer.js';
import {
  confidenceOf,
  featureVector,
  EVIDENCE_FEATURES,
  type ConfidenceModel,
  type Evidence,
} from '../../answer/confidence.js';
import { loadSquad, type SquadDataset } from './loadSquad.js';
import { INDEXED_ARTICLES } from './runSquadEval.js';
import { squadAnswerContext } from './squadAnswerContext.js';

/** L2 penalty on the standardised weights: small, the features are few and the examples ~10,000. */
const L2 = 1e-3;
const STEPS = 3000;
const LEARNING_RATE = 0.5;
/** The SQuAD eval's operating point: the threshold that answers this share of answerable questions. */
const TARGET_ANSWERED = 0.95;
/** Share the default threshold (MIN_CONFIDENCE) answers: declining a question the articles answer costs more. */
const DEFAULT_ANSWERED = 0.98;

/** One labelled example: the evidence's features, and whether the question's article was indexed. */
interface Example {
  readonly x: readonly number[];
  readonly answerable: boolean;
}

/**
 * Examples for fitting the confidence model: SQuAD with the articles AFTER the first INDEXED_ARTICLES indexed
 * (the eval's abstention split indexes the first ones, so it measures on other data), all questions asked.
 */
export function confidenceExamples(dataset: SquadDataset): Example[] {
  const ctx = squadAnswerContext(dataset.paragraphs.filter((p) => p.articleIndex >= INDEXED_ARTICLES));
  const examples: Example[] = [];
  for (const q of dataset.questions) {
    const evidence = rankQuestion(ctx, q.question)?.evidence ?? null;
    // A question that matches nothing is declined whatever the model says; it teaches the model nothing.
    if (evidence)
      examples.push({ x: featureVector(evidence), answerable: q.articleIndex >= INDEXED_ARTICLES });
  }
  return examples;
}

/** Logistic regression by gradient descent on standardised features. */
export function fitLogistic(examples: readonly Example[]): ConfidenceModel {
  const d = EVIDENCE_FEATURES.length;
  const n = examples.length;
  const mean = Array.from({ length: d }, (_, j) => examples.reduce((s, e) => s + (e.x[j] ?? 0), 0) / n);
  const scale = mean.map((m, j) =>
    Math.max(1e-9, Math.sqrt(examples.reduce((s, e) => s + ((e.x[j] ?? 0) - m) ** 2, 0) / n)),
  );
  const rows = examples.map((e) => e.x.map((x, j) => (x - (mean[j] ?? 0)) / (scale[j] ?? 1)));
  const weights = new Array<number>(d).fill(0);
  let bias = 0;
  for (let step = 0; step < STEPS; step++) {
    const gradient = new Array<number>(d).fill(0);
    let gradientBias = 0;
    rows.forEach((row, i) => {
      const z = row.reduce((s, x, j) => s + x * (weights[j] ?? 0), bias);
      const error = 1 / (1 + Math.exp(-z)) - (examples[i]?.answerable ? 1 : 0);
      row.forEach((x, j) => (gradient[j] = (gradient[j] ?? 0) + error * x));
      gradientBias += error;
    });
    for (let j = 0; j < d; j++)
      weights[j] = (weights[j] ?? 0) - LEARNING_RATE * ((gradient[j] ?? 0) / n + L2 * (weights[j] ?? 0));
    bias -= (LEARNING_RATE * gradientBias) / n;
  }
  return { mean, scale, weights, bias };
}

/** The evidence whose feature vector is `x` (the inverse of featureVector). */
function evidenceFrom(x: readonly number[]): Evidence {
  return Object.fromEntries(EVIDENCE_FEATURES.map((name, j) => [name, x[j] ?? 0])) as Record<
    (typeof EVIDENCE_FEATURES)[number],
    number
  >;
}

/** `npx tsx src/eval/squad/fitConfidence.ts <dev-v1.1.json>`: fits the model and prints it for confidence.ts. */
async function main(file: string | undefined): Promise<number> {
  if (!file) {
    console.error('Usage: npx tsx src/eval/squad/fitConfidence.ts <squad dev-v1.1.json>');
    return 2;
  }
  const examples = confidenceExamples(await loadSquad(file));
  const model = fitLogistic(examples);
  const scores = examples
    .filter((e) => e.answerable)
    .map((e) => confidenceOf(evidenceFrom(e.x), model))
    .sort((a, b) => a - b);
  const thresholdFor = (answered: number): string =>
    (scores[Math.floor((1 - answered) * scores.length)] ?? 0.5).toPrecision(3);
  const round = (values: readonly number[]): number[] => values.map((v) => Number(v.toPrecision(4)));
  console.log(
    `${examples.length} examples (${scores.length} answerable); features ${EVIDENCE_FEATURES.join(', ')}`,
  );
  console.log(
    JSON.stringify({
      mean: round(model.mean),
      scale: round(model.scale),
      weights: round(model.weights),
      bias: round([model.bias])[0],
    }),
  );
  for (const answered of [TARGET_ANSWERED, DEFAULT_ANSWERED]) {
    console.log(`threshold answering ${answered * 100}% of answerable questions: ${thresholdFor(answered)}`);
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv[2]);
}
