/**
 * Where the right story is lost, for the answerable news questions of one half: the rank of the best accepted
 * article among the stories of the re-ranked quotes (0 = first quote's story), and among the stories of BM25
 * retrieval (passages ranked, each story at its best passage; up to 50 passages). Sorts the misses into
 * "retrieval" (no accepted story among the re-ranker's candidates) and "ordering" (there, out-ranked), and
 * prints a histogram of both ranks, then each miss with its ranks.
 *
 *   LOG_LEVEL=error npx tsx scripts/measure/storyRanks.ts /tmp/bbc-nohead [tune|test] [questions.json] [--quiet]
 */
import { rankQuestion } from '../../src/answer/answer.js';
import { plainTypos } from '../../src/answer/plainTypos.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { readEvalFile } from '../../src/eval/seedEval.js';

const args = process.argv.slice(2);
const quiet = args.includes('--quiet');
const [corpusDir, split = 'tune', file = 'data/eval/bbc-news-headline-qa.json'] = args.filter(
  (a) => a !== '--quiet',
);
if (corpusDir === undefined) {
  console.error('usage: storyRanks.ts <corpus folder> [tune|test] [questions.json] [--quiet]');
  process.exit(2);
}
const corpus = await loadCorpus(corpusDir);
const ctx = answerContextOf(corpus.articles);
// Copies of an article are indexed once, under the first copy's id (Article.duplicateIds).
const originalOf = new Map(corpus.articles.flatMap((a) => a.duplicateIds.map((id) => [id, a.id] as const)));
const questions = (await readEvalFile(file)).questions.filter((q) => q.split === split && 'accept' in q);

const rankHist = new Map<string, number>();
const retrievalHist = new Map<string, number>();
const bucket = (r: number): string => (r < 0 ? 'absent' : r >= 5 ? '5+' : String(r));
const add = (m: Map<string, number>, k: string): void => void m.set(k, (m.get(k) ?? 0) + 1);
for (const q of questions) {
  if (!('accept' in q)) continue;
  const accepted = new Set(q.accept.map((a) => originalOf.get(a.source) ?? a.source));
  const ranking = rankQuestion(ctx, q.question);
  const stories = [...new Set((ranking?.quotes ?? []).map((quote) => quote.passage.articleId))];
  const rank = stories.findIndex((id) => accepted.has(id));
  // The question as the engine read it, searched as rankQuotes searches it, only deeper.
  const query = ranking?.query;
  const hits = query
    ? ctx.index.query(query.searchText, 50, { slips: query.slips, typos: plainTypos(ctx, query) })
    : [];
  const retrieved = [...new Set(hits.map((h) => ctx.passages[h.id]?.articleId))];
  const retrievalRank = retrieved.findIndex((id) => id !== undefined && accepted.has(id));
  add(rankHist, bucket(rank));
  add(retrievalHist, bucket(retrievalRank));
  if (rank !== 0 && !quiet) {
    console.log(
      `${q.id} [${q.type ?? '?'}] reranked ${bucket(rank)} retrieval ${bucket(retrievalRank)}: ${q.question}`,
    );
    console.log(`   first ${stories[0] ?? '-'} "${ctx.articles.get(stories[0] ?? '')?.title ?? ''}"`);
    console.log(
      `   want  ${[...accepted].join(' ')} "${ctx.articles.get([...accepted][0] ?? '')?.title ?? ''}"`,
    );
  }
}
const show = (m: Map<string, number>): string =>
  ['0', '1', '2', '3', '4', '5+', 'absent'].map((k) => `${k}:${m.get(k) ?? 0}`).join(' ');
console.log(`${split}: ${questions.length} answerable`);
console.log(`story rank among re-ranked quotes:  ${show(rankHist)}`);
console.log(`story rank in retrieval (50 passages): ${show(retrievalHist)}`);
