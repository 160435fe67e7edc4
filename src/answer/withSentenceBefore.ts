import type { CandidateQuote } from './CandidateQuote.js';
import { MAX_QUOTE_CHARS } from './quoteSpans.js';

/**
 * `quote` widened back to the sentence it continues, when it is a continuation whose own words match none of
 * the question's (see CandidateQuote.follows) and both fit MAX_QUOTE_CHARS; else `quote`. A continuation is
 * chosen for the answer it holds after a sentence that restates the question ("Three years after Argentina was
 * hit by a deadly economic crisis, there is fresh hope." then "The country's economy is set to grow about 8%
 * this year…"); quoted alone it shares no word with the question, and a reader cannot tell why it answers, nor
 * what its "it" or "the country" is. With pickExcerpts showing an excerpt so widened in the place of one it
 * holds, on the news tuning halves (first quote right) the headline set 66 → 68 of 109 and the crowd-style set
 * 22 → 23 of 50, the other four unchanged; on the test halves the crowd-style set 14 → 15 (and one more answer
 * in any quote of the third review-style set); on the held-out fresh set 65 → 66 of 134, without headlines
 * 68 → 70; SQuAD through the CLI unchanged. Not across a paragraph break with other text between (a subheading
 * skipped as boilerplate, never quoted; or, for a quote that is the next paragraph's second sentence, that
 * paragraph's first): the widened quote would carry that text too. `text` is the quote's article's. A quote
 * that points back to the sentence naming what it speaks of is widened the same way (see referentBefore.ts).
 */
export function withSentenceBefore(quote: CandidateQuote, text: string): CandidateQuote {
  const before = quote.follows;
  if (!before || quote.span.end - before.start > MAX_QUOTE_CHARS) return quote;
  const gap = text.slice(before.end, quote.span.start);
  if (/\n\s*\n/.test(gap) && !/^\s*$/.test(gap)) return quote;
  return { ...quote, span: { start: before.start, end: quote.span.end } };
}

/**
 * Each of the `chosen` excerpts with the quote to show for it (see withSentenceBefore), in order. A quote so
 * widened may hold another excerpt whole, or be held by one: the two are shown as one, in the earlier's place.
 * `textOf` gives a quote's article text.
 */
export function withSentencesBefore(
  chosen: readonly CandidateQuote[],
  textOf: (quote: CandidateQuote) => string,
): [CandidateQuote, CandidateQuote][] {
  const shown: [CandidateQuote, CandidateQuote][] = [];
  for (const quote of chosen) {
    const wide = withSentenceBefore(quote, textOf(quote));
    const k = shown.findIndex(([, earlier]) => holds(earlier, wide) || holds(wide, earlier));
    const earlier = shown[k];
    if (!earlier) shown.push([quote, wide]);
    else if (holds(wide, earlier[1])) shown[k] = [earlier[0], wide];
  }
  return shown;
}

/** Whether quote `a` holds all of quote `b`'s text. */
function holds(a: CandidateQuote, b: CandidateQuote): boolean {
  return (
    a.passage.articleId === b.passage.articleId && a.span.start <= b.span.start && b.span.end <= a.span.end
  );
}
