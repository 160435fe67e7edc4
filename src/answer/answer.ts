import type { AnswerContext } from './AnswerContext.js';
import type { AnswerOptions, AnswerResult } from './AnswerResult.js';
import { pickExcerpts } from './pickExcerpts.js';
import type { Ranking } from './CandidateQuote.js';
import { rankQuotes } from './rankQuotes.js';
import { validateQuestion } from './validateQuestion.js';

/**
 * Answers `question` from the corpus with verbatim excerpts, or says none answers it. The pipeline: validate
 * the question, rank candidate quotes (prepareQuery → resolveTerms → rankQuotes), decline below
 * `ctx.minConfidence`, else pick up to `options.maxExcerpts` (1 to 3, default 3) excerpts.
 */
export function answer(ctx: AnswerContext, question: string, options: AnswerOptions = {}): AnswerResult {
  const check = validateQuestion(question);
  if (check.kind === 'invalid') {
    return { kind: 'invalid', question, reason: check.reason, message: check.message };
  }
  const { quotes, confidence } = rankQuotes(ctx, check.question, options.sourceId);
  const [best, ...rest] = quotes;
  // Written so that a NaN confidence declines.
  if (!best || !(confidence >= ctx.minConfidence)) return { kind: 'none', question };
  const maxExcerpts = Math.min(3, Math.max(1, Math.floor(options.maxExcerpts ?? 3)));
  return { kind: 'found', question, excerpts: pickExcerpts(ctx, [best, ...rest], maxExcerpts) };
}

/**
 * Every candidate quote for `question`, best first, with its features, the evidence and the confidence that
 * `answer` decides on; null for a question `answer` would refuse. For the evaluation and fitting tools
 * (recall metrics, abstention curves, fitting the ranker and the confidence model).
 */
export function rankQuestion(ctx: AnswerContext, question: string): Ranking | null {
  const check = validateQuestion(question);
  return check.kind === 'invalid' ? null : rankQuotes(ctx, check.question);
}
