import type { Article } from '../corpus/Article.js';
import type { Passage } from '../passages/buildPassages.js';
import type { AnswerContext } from './AnswerContext.js';
import type { TermHit } from './resolveTerms.js';
import { titleTermsOf } from './titleTermsOf.js';

/**
 * For one question: how much of it a candidate's story says at its opening, its title and first sentence (the
 * lede), as a share of the question's IDF weight, the same for every quote of the story. A story ABOUT what the
 * question asks names it at the top; one that mentions it in passing does not ("Who did Hewitt beat in Sydney?"
 * is answered by the story whose lede is Hewitt's win in the Sydney final, not by a preview of the tournament
 * that names him in its fifth paragraph). A story without a headline is titled from its lede, so its opening is
 * the lede. A text of one paragraph (a SQuAD paragraph as a file, a short note) has no opening apart from its
 * body: 0, no evidence either way. `termOf` maps an index term to the question term it matches, or undefined.
 */
export function storyOpenings(
  ctx: AnswerContext,
  weights: Float64Array,
  termOf: (term: string) => TermHit | undefined,
): (article: Article, passage: Passage) => number {
  const byArticle = new Map<string, number>();
  const total = weights.reduce((a, b) => a + b, 0);
  const strengths = new Float64Array(weights.length);
  const see = (term: string | null): void => {
    const hit = term === null ? undefined : termOf(term);
    if (hit) strengths[hit.index] = Math.max(strengths[hit.index] ?? 0, hit.strength);
  };
  return (article, passage) => {
    const known = byArticle.get(article.id);
    if (known !== undefined) return known;
    let coverage = 0;
    if (total > 0 && hasSeveralParagraphs(article)) {
      // An article's passages are consecutive in the list, in text order: its first holds the lede.
      let first = passage.id;
      while (first > 0 && ctx.passages[first - 1]?.articleId === article.id) first -= 1;
      const { tokens, sentenceRanges } = ctx.tokenCache.get(article.text, ctx.passages[first] as Passage);
      strengths.fill(0);
      for (const term of titleTermsOf(article)) see(term);
      const [from, to] = sentenceRanges[0] ?? [0, 0];
      for (let i = from; i < to; i++) see(tokens[i]?.term ?? null);
      strengths.forEach((s, q) => (coverage += (weights[q] ?? 0) * s));
      coverage /= total;
    }
    byArticle.set(article.id, coverage);
    return coverage;
  };
}

/** Whether the article's body holds a paragraph break (a blank line) between two paragraphs of text. */
function hasSeveralParagraphs(article: Article): boolean {
  return /\S\s*\n\s*\n\s*\S/.test(article.text.slice(article.bodyStart));
}
