import { processTerm, tokenizeWithOffsets } from '../index/terms.js';
import type { Span } from '../passages/Span.js';
import type { AnswerContext } from './AnswerContext.js';
import type { Excerpt } from './AnswerResult.js';
import { editDistance } from '../index/editDistance.js';
import type { TermToken } from './passageTokens.js';
import type { CandidateQuote } from './CandidateQuote.js';
import { spanWordsOf, type SpanWords } from './spanWordsOf.js';
import { RELATIVE_KEEP } from './relativeKeep.js';
import { speakerOf } from './speakerOf.js';
import { withFollowingSentence } from './withFollowingSentence.js';
import { withNextSentence } from './withNextSentence.js';
import { withSentencesBefore } from './withSentenceBefore.js';

/**
 * A further excerpt must match at least this share of the question's word weight (IDF) in its passage, so
 * the second and third quotes are about the question too. (Whether to answer at all is decided by the
 * confidence model, see confidence.ts.)
 */
const MIN_COVERAGE = 0.4;
/**
 * Score multiplier for a further excerpt from an article already quoted. Above 1: the first quote's story is
 * the right one far more often than any other (four times in five on the held-out news), and a story often
 * answers a sentence or a paragraph away from the one that matches the question best, so its next best
 * quote is a likelier answer than another story's of the same score. On the news tuning halves (answer in any
 * quote, of 109 headline questions over the headless BBC corpus / of 163 of the first set, with
 * withNextSentence): 0.6 70 / 134; 0.8 (each source's version first, until this) 71 / 135; 0.9 71 / 134; 1 72 /
 * 134; 1.1 74 / 134; 1.2 73 / 135; 1.3 73 / 135; 1.5 72 / 135. The middle of the plateau.
 */
const SAME_ARTICLE_FACTOR = 1.2;
/**
 * Score multiplier for a further excerpt that holds no mention of the asked kind (answerTypeFit 0) as it
 * competes for the second and third places (it still needs RELATIVE_KEEP of the best score, unmultiplied: this
 * orders the quotes, it drops none). A reader who meets a wrong first quote finds the answer in a quote that
 * names a person, a place, a sum… of the kind asked, and one that only restates the question's words, however
 * well, tells nothing the first quote did not. For a question whose kind the tags cannot read every quote's fit
 * is 0 and the order is as before. On the news tuning halves (answer in any quote, of 163 of the first set / of
 * 109 headline questions over the headless BBC corpus; with topStoryQuote): 1 (none) 134 / 76; 0.9 134 / 77;
 * 0.8, 0.7, 0.6, 0.5, 0.3 and 0.01 135 / 78. The middle of the plateau. Taking a weak fit as none instead
 * (below 0.3 / below 0.6, at 0.7) 136 / 76 and 135 / 75. First quotes unchanged: only further ones are picked
 * here.
 */
const UNTYPED_FACTOR = 0.5;
/**
 * How far the first quote's story may fall short of the best candidate story (its storyGap, see
 * storyScores.ts) before the best story is quoted too (see topStoryQuote); within it the two are as good as
 * each other. On the news tuning halves (as UNTYPED_FACTOR's, with it): 0 135 / 77; 0.05, 0.1 and 0.2
 * 135 / 78; 0.3 134 / 78; without topStoryQuote 134 / 77.
 */
const STORY_GAP_MARGIN = 0.1;
/**
 * Quotes from different articles are the same fact told twice when this share of the shorter one's distinct
 * words are in the other (0 to 1): agency copy reused by two stories differs by a word or two at most, and a
 * sentence quoted alone from one story may come paired with the next one from the other.
 */
const SAME_TEXT_SHARE = 0.85;

/**
 * The excerpts to show, best first: the best quote; then the best article's typed companion when it has one
 * (see typedCompanion); then the best story's best quote when the best quote comes from another story (see
 * topStoryQuote); then up to `maxExcerpts` in all that score close to the best, are about the question, do
 * not overlap one already chosen, preferably hold a mention of the asked kind (see UNTYPED_FACTOR) and
 * preferably come from an article already quoted (see SAME_ARTICLE_FACTOR). A
 * quote that repeats a chosen one's text in another article is not shown again: its article is listed in the
 * chosen excerpt's `alsoIn`. `quotes` is ranked best first and not empty.
 */
export function pickExcerpts(
  ctx: AnswerContext,
  quotes: readonly [CandidateQuote, ...CandidateQuote[]],
  maxExcerpts: number,
): [Excerpt, ...Excerpt[]] {
  const text = ctx.articles.get(quotes[0].passage.articleId)?.text ?? '';
  const best = withNextSentence(quotes[0], quotes, ctx.passages, text);
  const chosen: CandidateQuote[] = [best];
  const companion = maxExcerpts > 1 ? typedCompanion(quotes, best) : undefined;
  if (companion) chosen.push(companion);
  const floor = best.score * RELATIVE_KEEP;
  const wordsOf = memoWords(ctx);
  const copyOf = (quote: CandidateQuote): CandidateQuote | undefined =>
    chosen.find(
      (c) => c.passage.articleId !== quote.passage.articleId && sameText(wordsOf(c), wordsOf(quote)),
    );
  const eligible = (quote: CandidateQuote): boolean =>
    quote.features.passageCoverage >= MIN_COVERAGE && !chosen.some((c) => overlaps(c, quote));
  if (chosen.length < maxExcerpts) {
    const top = topStoryQuote(quotes, best, (q) => eligible(q) && !copyOf(q));
    if (top) chosen.push(top);
  }
  while (chosen.length < maxExcerpts) {
    let pick: CandidateQuote | undefined;
    let pickScore = 0;
    for (const quote of quotes) {
      // The floor is on the quote's own score: UNTYPED_FACTOR orders the quotes, it does not drop any.
      if (quote.score < floor) break;
      if (!eligible(quote)) continue;
      const adjusted = furtherScore(quote, chosen);
      // Whether it repeats a chosen quote is asked last, of a quote that would be picked: it reads the words.
      if ((pick === undefined || adjusted > pickScore) && !copyOf(quote)) {
        pick = quote;
        pickScore = adjusted;
      }
    }
    if (!pick) break;
    chosen.push(pick);
  }
  const alsoIn = new Map<CandidateQuote, string[]>();
  for (const quote of quotes) {
    if (quote.score < floor) break;
    const original = chosen.includes(quote) ? undefined : copyOf(quote);
    if (!original) continue;
    const ids = alsoIn.get(original) ?? [];
    if (!ids.includes(quote.passage.articleId)) ids.push(quote.passage.articleId);
    alsoIn.set(original, ids);
  }
  const textOf = (quote: CandidateQuote): string => ctx.articles.get(quote.passage.articleId)?.text ?? '';
  return withSentencesBefore(chosen, textOf).map(([quote, shown]) =>
    toExcerpt(ctx, shown, alsoIn.get(quote) ?? []),
  ) as [Excerpt, ...Excerpt[]];
}

/**
 * The best-ranked other quote of the best quote's article that holds a mention of the asked kind at least as
 * surely as the best quote does (answerTypeFit > 0 and not below the best's), or undefined. News questions
 * are often answered a sentence or a paragraph away from the one that repeats their words ("How much did
 * Boeing earn…": "Boeing said earnings… dropped by 84%", then "Net profit was $186m"), and that sentence
 * scores below quotes of other articles that repeat the words too. Quoted second, it gives the reader the
 * answer when the first quote lacks it. On the news tuning half, answer in any quote 122 -> 127 of 163.
 */
function typedCompanion(quotes: readonly CandidateQuote[], best: CandidateQuote): CandidateQuote | undefined {
  const fit = best.features.answerTypeFit;
  return quotes.find(
    (quote) =>
      quote !== best &&
      quote !== quotes[0] &&
      quote.passage.articleId === best.passage.articleId &&
      quote.features.answerTypeFit > 0 &&
      quote.features.answerTypeFit >= fit &&
      quote.score >= best.score * RELATIVE_KEEP &&
      !overlaps(quote, best),
  );
}

/**
 * A further excerpt's score as it competes for a place: raised when its article is already quoted
 * (SAME_ARTICLE_FACTOR), lowered when it holds no mention of the asked kind (UNTYPED_FACTOR).
 */
function furtherScore(quote: CandidateQuote, chosen: readonly CandidateQuote[]): number {
  const seen = chosen.some((c) => c.passage.articleId === quote.passage.articleId);
  const typed = quote.features.answerTypeFit > 0;
  return quote.score * (seen ? SAME_ARTICLE_FACTOR : 1) * (typed ? 1 : UNTYPED_FACTOR);
}

/**
 * When the first quote's story is not the best candidate story (its storyGap above STORY_GAP_MARGIN), the
 * best-ranked quote of the best story (storyGap 0) that scores at least RELATIVE_KEEP of `best` and that
 * `allowed` lets through; else undefined. The best quote of a story that says less of the question as a
 * whole often restates the question in a story about something else ("The UK economy probably grew at a
 * faster rate in the third quarter…" for "How fast did the US economy grow in the third quarter?"), and the
 * story that is about it then deserves a place of its own, however its own quotes score against the first
 * story's next best ones (raised by SAME_ARTICLE_FACTOR). On the news tuning halves (answer in any quote, of
 * 163 / 109, without UNTYPED_FACTOR): 133 / 75 without this, 134 / 76 with it.
 */
function topStoryQuote(
  quotes: readonly CandidateQuote[],
  best: CandidateQuote,
  allowed: (quote: CandidateQuote) => boolean,
): CandidateQuote | undefined {
  if (best.features.storyGap <= STORY_GAP_MARGIN) return undefined;
  const floor = best.score * RELATIVE_KEEP;
  for (const quote of quotes) {
    if (quote.score < floor) return undefined;
    if (quote.features.storyGap === 0 && allowed(quote)) return quote;
  }
  return undefined;
}

/** The distinct lowercase words of a quote (see spanWordsOf.ts), computed once per quote. */
function memoWords(ctx: AnswerContext): (quote: CandidateQuote) => SpanWords {
  const cache = new Map<CandidateQuote, SpanWords>();
  return (quote) => {
    let words = cache.get(quote);
    if (!words) {
      const article = ctx.articles.get(quote.passage.articleId);
      words = article ? spanWordsOf(article, quote.span) : { set: new Set<string>(), list: [] };
      cache.set(quote, words);
    }
    return words;
  };
}

/** Fewer distinct words than this are too few to tell a repeated sentence from a common phrase. */
const SAME_TEXT_MIN_WORDS = 6;

/** Whether two quotes say the same thing in (nearly) the same words (see SAME_TEXT_SHARE). */
function sameText(a: SpanWords, b: SpanWords): boolean {
  const shorter = Math.min(a.set.size, b.set.size);
  if (shorter < SAME_TEXT_MIN_WORDS) return false;
  // The smaller set's words are looked up in the larger, and the count stops once even sharing every word
  // left could not reach the share (most pairs of quotes are not copies): the same answer, far fewer look-ups.
  const [small, large] = a.set.size <= b.set.size ? [a.list, b.set] : [b.list, a.set];
  let shared = 0;
  let left = small.length;
  for (const word of small) {
    left--;
    if (large.has(word)) shared++;
    else if ((shared + left) / shorter < SAME_TEXT_SHARE) return false;
  }
  return shared / shorter >= SAME_TEXT_SHARE;
}

function overlaps(a: CandidateQuote, b: CandidateQuote): boolean {
  return (
    a.passage.articleId === b.passage.articleId && a.span.start < b.span.end && b.span.start < a.span.end
  );
}

function toExcerpt(ctx: AnswerContext, candidate: CandidateQuote, alsoIn: readonly string[]): Excerpt {
  const article = ctx.articles.get(candidate.passage.articleId);
  if (!article) throw new Error(`Unknown article ${candidate.passage.articleId}`);
  const quote = article.text.slice(candidate.span.start, candidate.span.end);
  const speaker = speakerOf(article.text, candidate.span, sentenceBefore(ctx, candidate));
  return {
    sourceId: article.id,
    title: article.title,
    date: article.date,
    quote,
    start: candidate.span.start,
    end: candidate.span.end,
    score: Math.round(candidate.score * 1000) / 1000,
    matchedTerms: candidate.matched,
    highlights: highlightsOf(
      quote,
      candidate.matched,
      withFollowingSentence(ctx, article.text, candidate.passage).tokens.tokens,
      candidate.span.start,
    ),
    cut: candidate.cut,
    alsoIn,
    ...(speaker === undefined ? {} : { speaker }),
  };
}

/**
 * The sentence just before a quote in its article, which "he said" in the quote continues; undefined when
 * the quote opens the article's body or was cut from a longer sentence (what comes before is then its own).
 * A quote that follows on into the next passage (see quoteSpans) is read in that passage.
 */
function sentenceBefore(ctx: AnswerContext, candidate: CandidateQuote): Span | undefined {
  if (candidate.cut.before) return undefined;
  const { span } = candidate;
  let { passage } = candidate;
  const next = ctx.passages[passage.id + 1];
  if (next?.articleId === passage.articleId && span.start >= next.start) passage = next;
  const inPassage = passage.sentences.filter((s) => s.end <= span.start).at(-1);
  if (inPassage) return inPassage;
  const previous = ctx.passages[passage.id - 1];
  return previous?.articleId === passage.articleId ? previous.sentences.at(-1) : undefined;
}

/**
 * Spans of the words of `quote` whose index term is one of `matched` (fuzzy matches included). `known` are the
 * tokens of the text the quote was cut from, with their terms, in order (the passage's, as re-ranking read
 * them), and `at` the quote's offset there: a word of the quote found among them at the same offsets is the
 * same characters, so its term is read there rather than looked up again (processTerm's memo is large, and
 * those look-ups were a twentieth of answer()'s time); any other is looked up.
 */
function highlightsOf(
  quote: string,
  matched: readonly string[],
  known: readonly TermToken[],
  at: number,
): Span[] {
  const wanted = new Set(matched);
  const spans: Span[] = [];
  let k = 0;
  for (const token of tokenizeWithOffsets(quote)) {
    const start = at + token.start;
    while (k < known.length && (known[k] as TermToken).start < start) k++;
    const same = known[k];
    const term =
      same !== undefined && same.start === start && same.end === at + token.end
        ? same.term
        : processTerm(token.raw);
    if (term === null) continue;
    if (wanted.has(term) || matched.some((m) => m.length >= 5 && editDistance(m, term, 1) <= 1)) {
      spans.push({ start: token.start, end: token.end });
    }
  }
  return spans;
}
