import { performance } from 'node:perf_hooks';
import { splitSentences } from '../../passages/splitSentences.js';
import type { Fts5Baseline } from './Fts5Baseline.js';
import type { SquadQuestion } from './loadSquad.js';
import type { MiniSearchBaseline } from './MiniSearchBaseline.js';
import { excerptContainsAnswer } from './normalizeAnswer.js';
import { percentile } from './percentile.js';
import { pickSentence, StemIdf } from './pickSentence.js';
import { MRR_DEPTH, RetrievalTally } from './rankMetrics.js';
import { WARM_UP_QUESTIONS, type SystemResult } from './runSquadEval.js';

// The two baselines of the SQuAD eval, asked the same questions as the engine: minisearch's defaults, and
// SQLite FTS5's BM25 with the engine's best-sentence pick.

export function timed<T>(work: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = work();
  return { value, ms: performance.now() - start };
}

export function strideSample<T>(items: readonly T[], count: number): T[] {
  if (count >= items.length) return [...items];
  const step = items.length / count;
  return Array.from({ length: count }, (_, i) => items[Math.floor(i * step)]).filter(
    (item): item is T => item !== undefined,
  );
}

export function evalMiniSearch(
  baseline: MiniSearchBaseline,
  questions: readonly SquadQuestion[],
  buildMs: number,
) {
  for (const q of questions.slice(0, WARM_UP_QUESTIONS)) baseline.search(q.question, MRR_DEPTH);
  const tally = new RetrievalTally();
  const latencies: number[] = [];
  for (const q of questions) {
    const { value: ranked, ms } = timed(() => baseline.search(q.question, MRR_DEPTH));
    latencies.push(ms);
    tally.add(q.paragraphId, ranked[0] ?? null, ranked);
  }
  return {
    system: 'minisearch defaults',
    ...tally.summary(),
    answerInExcerpt: null,
    excerptsOverLimit: 0,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    buildMs,
    ranking: `minisearch search() (top ${MRR_DEPTH})`,
  } satisfies SystemResult;
}

/** FTS5's excerpt: the best sentence of its top paragraph, cut with the engine's own splitter. */
export function evalFts5(
  baseline: Fts5Baseline,
  questions: readonly SquadQuestion[],
  texts: ReadonlyMap<string, string>,
  idf: StemIdf,
  buildMs: number,
): SystemResult {
  const ask = (question: string) => {
    const ranked = baseline.search(question, MRR_DEPTH);
    const text = ranked[0] === undefined ? undefined : texts.get(ranked[0]);
    const excerpt = text === undefined ? null : pickSentence(question, text, idf, splitSentences);
    return {
      ranked,
      quote: excerpt && text !== undefined ? text.slice(excerpt.span.start, excerpt.span.end) : null,
    };
  };
  for (const q of questions.slice(0, WARM_UP_QUESTIONS)) ask(q.question);
  const tally = new RetrievalTally();
  const latencies: number[] = [];
  let withAnswer = 0;
  for (const q of questions) {
    const { value, ms } = timed(() => ask(q.question));
    latencies.push(ms);
    tally.add(q.paragraphId, value.ranked[0] ?? null, value.ranked);
    if (value.quote !== null && excerptContainsAnswer(value.quote, q.answers)) withAnswer += 1;
  }
  return {
    system: 'SQLite FTS5 bm25 porter',
    ...tally.summary(),
    answerInExcerpt: questions.length === 0 ? Number.NaN : (100 * withAnswer) / questions.length,
    excerptsOverLimit: 0,
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    buildMs,
    ranking: `bm25 (top ${MRR_DEPTH})`,
  };
}
