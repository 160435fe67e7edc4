import { rankQuestion } from '../../src/answer/answer.js';
import type { CandidateQuote } from '../../src/answer/CandidateQuote.js';
import { rankFeatureVector } from '../../src/answer/rankFeatures.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { normaliseForEval, readEvalFile } from '../../src/eval/seedEval.js';
import { loadSquad } from '../../src/eval/squad/loadSquad.js';
import { excerptContainsAnswer } from '../../src/eval/squad/normalizeAnswer.js';
import { INDEXED_ARTICLES } from '../../src/eval/squad/runSquadEval.js';
import { squadAnswerContext } from './squadAnswerContext.js';

/**
 * One question's candidate quotes as the ranker fit sees them: feature rows, which come from a right article
 * (SQuAD: the question's paragraph; news: an accepted source), and which also contain the answer.
 */
export interface Group {
  readonly rows: Float64Array[];
  readonly gold: boolean[];
  readonly hasAnswer: boolean[];
  /**
   * Quotes that may never be shown first (a continuation, see rankQuotes.ts's `secondary`): they are ranked
   * but the engine's first quote is the best of the others, so accuracy skips them.
   */
  readonly secondary: boolean[];
  /** How much the question counts in the fit (SQuAD's count 1 each). */
  readonly weight: number;
}

/** The fit's rows and labels for one question's ranked quotes. */
function groupOf(
  quotes: readonly CandidateQuote[],
  type: Parameters<typeof rankFeatureVector>[1],
  isGold: (quote: CandidateQuote) => boolean,
  hasAnswer: (quote: CandidateQuote) => boolean,
): Omit<Group, 'weight'> {
  return {
    rows: quotes.map((u) => Float64Array.from(rankFeatureVector(u.features, type))),
    gold: quotes.map(isGold),
    hasAnswer: quotes.map((u) => isGold(u) && hasAnswer(u)),
    secondary: quotes.map((u) => u.secondary),
  };
}

/**
 * Candidate quotes for every SQuAD question over all 2,067 paragraphs, split as the SQuAD eval does: the
 * questions on articles from INDEXED_ARTICLES on fit the weights, those on the first INDEXED_ARTICLES are held out.
 * Each paragraph is read as a `.txt` file of it (default `asFiles`), titled from its first words, as the held-out
 * review and `squadMisses.ts --as-files` read SQuAD: with the Wikipedia article's title, a feature that reads a
 * story's title looked like a held-out gain in the fit (84.1 → 84.5% right paragraph) while squadMisses' R@1 fell
 * (81.69 → 81.26).
 */
export async function squadGroups(
  file: string,
  { asFiles = true }: { readonly asFiles?: boolean } = {},
): Promise<{ fitting: Group[]; heldOut: Group[] }> {
  const dataset = await loadSquad(file);
  const ctx = squadAnswerContext(dataset.paragraphs, { asFiles });
  const fitting: Group[] = [];
  const heldOut: Group[] = [];
  for (const q of dataset.questions) {
    const ranking = rankQuestion(ctx, q.question);
    const text = (u: CandidateQuote): string =>
      ctx.articles.get(u.passage.articleId)?.text.slice(u.span.start, u.span.end) ?? '';
    const group = groupOf(
      ranking?.quotes ?? [],
      ranking?.query.type ?? 'other',
      (u) => u.passage.articleId === q.paragraphId,
      (u) => excerptContainsAnswer(text(u), q.answers),
    );
    (q.articleIndex >= INDEXED_ARTICLES ? fitting : heldOut).push({ ...group, weight: 1 });
  }
  return { fitting, heldOut };
}

/**
 * Candidate quotes for the answerable questions of a news eval file (docs/eval-format.md) over the articles of
 * `corpusDir`, per half, labelled as the eval judges: a quote is right when it comes from one of the question's
 * accepted sources, and holds the answer when it also contains that entry's phrase (normalised as the eval does).
 */
export async function newsGroups(
  questionsFile: string,
  corpusDir: string,
): Promise<{ tune: Group[]; test: Group[] }> {
  const file = await readEvalFile(questionsFile);
  const ctx = answerContextOf((await loadCorpus(corpusDir)).articles);
  const tune: Group[] = [];
  const test: Group[] = [];
  for (const q of file.questions) {
    if ('unanswerable' in q || q.split === undefined) continue;
    const ranking = rankQuestion(ctx, q.question);
    const accepts = (u: CandidateQuote) => q.accept.filter((a) => a.source === u.passage.articleId);
    const group = groupOf(
      ranking?.quotes ?? [],
      ranking?.query.type ?? 'other',
      (u) => accepts(u).length > 0,
      (u) => {
        const quote = normaliseForEval(
          ctx.articles.get(u.passage.articleId)?.text.slice(u.span.start, u.span.end) ?? '',
        );
        return accepts(u).some((a) => quote.includes(normaliseForEval(a.contains)));
      },
    );
    (q.split === 'tune' ? tune : test).push({ ...group, weight: 1 });
  }
  return { tune, test };
}

/**
 * Share (%) of `groups` whose first quote (the best-scoring one that may lead) is from a right article
 * (`right`) and holds the answer (`withAnswer`). A question with no candidate counts as missed.
 */
export function accuracy(
  groups: readonly Group[],
  weights: readonly number[],
): { right: number; withAnswer: number } {
  let right = 0;
  let withAnswer = 0;
  for (const g of groups) {
    let best = -1;
    let bestScore = -Infinity;
    g.rows.forEach((row, i) => {
      if (g.secondary[i]) return;
      const score = row.reduce((s, x, j) => s + x * (weights[j] ?? 0), 0);
      if (score > bestScore) {
        best = i;
        bestScore = score;
      }
    });
    if (best >= 0 && g.gold[best]) right++;
    if (best >= 0 && g.hasAnswer[best]) withAnswer++;
  }
  const share = (n: number): number => (groups.length === 0 ? 0 : (100 * n) / groups.length);
  return { right: share(right), withAnswer: share(withAnswer) };
}
