/**
 * One question's ranking, for a person reading why it was answered so: the query's terms and answer type,
 * the confidence against MIN_CONFIDENCE's default, and the top candidate quotes with their features.
 *
 *   LOG_LEVEL=error npx tsx scripts/measure/explainQuestion.ts <corpus> "question" [how many quotes, default 8]
 */
import { rankQuestion } from '../../src/answer/answer.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';

const [corpusDir, question, many = '8'] = process.argv.slice(2);
if (corpusDir === undefined || question === undefined) {
  console.error('usage: explainQuestion.ts <corpus folder> "question" [how many quotes, default 8]');
  process.exit(2);
}
const corpus = await loadCorpus(corpusDir);
const ctx = answerContextOf(corpus.articles);
const ranking = rankQuestion(ctx, question);
if (!ranking) {
  console.log('refused: not a question the engine takes');
  process.exit(0);
}
console.log(
  JSON.stringify(
    {
      query: ranking.query,
      confidence: ranking.confidence,
      minConfidence: ctx.minConfidence,
      evidence: ranking.evidence,
    },
    null,
    1,
  ).slice(0, 4000),
);
ranking.quotes.slice(0, Number(many)).forEach((q, rank) => {
  const text = ctx.articles.get(q.passage.articleId)?.text ?? '';
  const f = q.features;
  console.log(
    `#${rank} ${q.passage.articleId} p${q.passage.id} s=${q.score.toFixed(3)}${q.secondary ? ' SEC' : ''} matched=${q.matched.join(',')} ` +
      `cov=${f.sentenceCoverage.toFixed(2)} rel=${f.relatedCoverage.toFixed(2)} rare=${f.rareCoverage.toFixed(2)} ` +
      `bm25=${f.bm25.toFixed(2)} ret=${f.retrieval.toFixed(2)} fit=${f.answerTypeFit} near=${f.typedNearness.toFixed(2)}`,
  );
  console.log(`   ${text.slice(q.span.start, q.span.end).replace(/\s+/g, ' ').slice(0, 240)}`);
});
