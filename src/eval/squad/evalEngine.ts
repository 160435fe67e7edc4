import { performance } from 'node:perf_hooks';
import type { Engine } from '../../engine/Engine.js';
import type { SquadQuestion } from './loadSquad.js';
import { excerptContainsAnswer } from './normalizeAnswer.js';
import { percentile } from './percentile.js';
import { MAX_EXCERPT_CHARS } from './pickSentence.js';
import { MRR_DEPTH, RetrievalTally } from './rankMetrics.js';
import type { ArticleRanker, SystemResult } from './runSquadEval.js';

function rankerOf(engine: Engine): ArticleRanker['rankArticles'] | null {
  const candidate = (engine as Partial<ArticleRanker>).rankArticles;
  return typeof candidate === 'function' ? candidate.bind(engine) : null;
}

/** One question as the engine answered it, kept so the table can give a row for each half of the articles. */
interface EngineOutcome {
  readonly question: SquadQuestion;
  readonly first: string | null;
  readonly ranked: readonly string[];
  readonly withAnswer: boolean;
  readonly overLimit: boolean;
  readonly ms: number;
}

function summarizeEngine(
  system: string,
  outcomes: readonly EngineOutcome[],
  buildMs: number,
  ranking: string,
): SystemResult {
  const tally = new RetrievalTally();
  for (const o of outcomes) tally.add(o.question.paragraphId, o.first, o.ranked);
  const latencies = outcomes.map((o) => o.ms);
  const count = (keep: (o: EngineOutcome) => boolean) => outcomes.filter(keep).length;
  return {
    system,
    ...tally.summary(),
    answerInExcerpt:
      outcomes.length === 0 ? Number.NaN : (100 * count((o) => o.withAnswer)) / outcomes.length,
    excerptsOverLimit: count((o) => o.overLimit),
    p50Ms: percentile(latencies, 50),
    p99Ms: percentile(latencies, 99),
    buildMs,
    ranking,
  };
}

/**
 * Asks every question of the engine through `answer()` (after `warmUpQuestions` untimed ones) and returns its
 * row over all questions, then its rows for the questions of the first `heldOutArticles` articles (held out when
 * the ranking weights were fitted) and of the others (fitted on); an empty half has no row.
 */
export function evalEngine(
  engine: Engine,
  questions: readonly SquadQuestion[],
  buildMs: number,
  heldOutArticles: number,
  warmUpQuestions: number,
): SystemResult[] {
  const rank = rankerOf(engine);
  for (const q of questions.slice(0, warmUpQuestions)) engine.answer(q.question);
  const outcomes = questions.map((question): EngineOutcome => {
    const start = performance.now();
    const result = engine.answer(question.question);
    const ms = performance.now() - start;
    const excerpts = result.kind === 'found' ? result.excerpts : [];
    const first = excerpts[0];
    const fromExcerpts = [...new Set(excerpts.map((excerpt) => excerpt.sourceId))];
    return {
      question,
      first: first?.sourceId ?? null,
      ranked: rank ? rank(question.question, MRR_DEPTH) : fromExcerpts,
      withAnswer: first !== undefined && excerptContainsAnswer(first.quote, question.answers),
      overLimit: first !== undefined && first.quote.length > MAX_EXCERPT_CHARS,
      ms,
    };
  });
  const ranking = rank ? `engine.rankArticles (top ${MRR_DEPTH})` : 'answer() excerpts (at most 3)';
  const heldOut = outcomes.filter((o) => o.question.articleIndex < heldOutArticles);
  const fitted = outcomes.filter((o) => o.question.articleIndex >= heldOutArticles);
  return [
    summarizeEngine('engine', outcomes, buildMs, ranking),
    ...(heldOut.length === 0
      ? []
      : [summarizeEngine(`engine, held-out articles 1-${heldOutArticles}`, heldOut, buildMs, ranking)]),
    ...(fitted.length === 0
      ? []
      : [summarizeEngine(`engine, fitting articles ${heldOutArticles + 1}+`, fitted, buildMs, ranking)]),
  ];
}
