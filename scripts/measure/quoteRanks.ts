/**
 * For the answerable news questions of one half whose first quote comes from an accepted story but lacks the
 * answer: the first quote and the best-ranked quote holding the answer, each with its rank, score and features.
 *
 *   LOG_LEVEL=error npx tsx scripts/measure/quoteRanks.ts <corpus> [tune|test] [questions.json]
 */
import { readFileSync } from 'node:fs';
import { rankQuestion } from '../../src/answer/answer.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { normaliseForEval, readEvalFile } from '../../src/eval/seedEval.js';
import type { CandidateQuote } from '../../src/answer/CandidateQuote.js';

const [corpusDir, split = 'tune', file = 'data/eval/bbc-news-qa.json', only] = process.argv.slice(2);
// Optionally only the question ids listed (one per line) in file `only`.
const onlyIds = only ? new Set(readFileSync(only, 'utf8').split('\n').filter(Boolean)) : undefined;
if (corpusDir === undefined) process.exit(2);
const corpus = await loadCorpus(corpusDir);
const ctx = answerContextOf(corpus.articles);
const originalOf = new Map(corpus.articles.flatMap((a) => a.duplicateIds.map((id) => [id, a.id] as const)));
const questions = (await readEvalFile(file)).questions.filter((q) => q.split === split);
const show = (label: string, rank: number, q: CandidateQuote): void => {
  const text = ctx.articles.get(q.passage.articleId)?.text ?? '';
  const f = q.features;
  console.log(
    `  ${label} #${rank} ${q.passage.articleId} p${q.passage.id} s=${q.score.toFixed(3)}${q.secondary ? ' SEC' : ''} ` +
      `cov=${f.sentenceCoverage.toFixed(2)} surf=${f.surfaceCoverage.toFixed(2)} rel=${f.relatedCoverage.toFixed(2)} ` +
      `loc=${f.localCoverage.toFixed(2)} rare=${f.rareCoverage.toFixed(2)} bm25=${f.bm25.toFixed(2)} ph=${f.phrase.toFixed(2)} ` +
      `ret=${f.retrieval.toFixed(2)} pcov=${f.passageCoverage.toFixed(2)} fit=${f.answerTypeFit} near=${f.typedNearness.toFixed(2)} ` +
      `pair=${f.isPair ? 1 : 0} gap=${f.storyGap.toFixed(2)}`,
  );
  console.log(`     ${text.slice(q.span.start, q.span.end).replace(/\s+/g, ' ')}`);
};
for (const q of questions) {
  if (!('accept' in q) || (onlyIds && !onlyIds.has(q.id))) continue;
  const ranking = rankQuestion(ctx, q.question);
  if (!ranking) continue;
  const accepted = new Set(q.accept.map((a) => originalOf.get(a.source) ?? a.source));
  const holds = (c: CandidateQuote): boolean => {
    if (!accepted.has(c.passage.articleId)) return false;
    const text = normaliseForEval(
      ctx.articles.get(c.passage.articleId)?.text.slice(c.span.start, c.span.end) ?? '',
    );
    return q.accept.some((a) => text.includes(normaliseForEval(a.contains)));
  };
  const quotes = ranking.quotes;
  const firstAt = quotes.findIndex((c) => !c.secondary);
  const first = quotes[firstAt];
  if (!first || !accepted.has(first.passage.articleId) || holds(first)) continue;
  const at = quotes.findIndex(holds);
  console.log(`[${q.type}] ${q.id} (${ranking.query.type}): ${q.question}`);
  show('first', firstAt, first);
  if (at >= 0) show('answer', at, quotes[at] as CandidateQuote);
  else console.log('  answer: not among the candidates');
  console.log();
}
