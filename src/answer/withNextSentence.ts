import type { Passage } from '../passages/buildPassages.js';
import type { CandidateQuote } from './CandidateQuote.js';
import { MAX_QUOTE_CHARS } from './quoteSpans.js';

/**
 * Share of the first quote's score that the quote of it and the sentence after must reach to be quoted in its
 * place (see withNextSentence). On the news tuning halves (first quote right, of 109 headline questions over
 * the headless BBC corpus / of 163 of the first set; 53 / 120 without this rule): 0.95 54 / 122; 0.9, 0.85,
 * 0.8 and 0.7 61 / 122. Of the plateau, the share that widens the fewest first quotes (at 0.9 the headline
 * set's first quotes average 176 characters, 145 without the rule; 178 at 0.85). SQuAD through the CLI, answer
 * in the first quote 76.1% without it, 76.6% at 0.9 and 0.85 (the right paragraph no different: the pair is
 * the same paragraph's).
 */
export const NEXT_SENTENCE_KEEP = 0.9;

/**
 * The first quote `best` widened to the sentence after it, when `best` is one whole sentence that holds no
 * mention of the asked kind (answerTypeFit 0; always so for a question whose kind the tags cannot read, "What
 * injury…", "How do virus writers…") and the quote of both sentences scores at least NEXT_SENTENCE_KEEP of it;
 * else `best`. The sentence after is the next one of its passage (the pair is a candidate of its own), or,
 * from a passage's last sentence, the next passage's first (its continuation, weighed with both sentences'
 * words: quoted from the start of `best`, paragraph break included): the next paragraph's first, or the next
 * run's of a paragraph cut into runs (longer than MAX_PASSAGE_CHARS, see buildPassages). A news story restates what a question
 * asks in one sentence, most often its lede, and answers it in the next ("Actor Bruce Willis is suing … over an
 * injury he said he suffered …", then "… he was hit in the head by a firework …"); the restating sentence
 * matches more of the question's words and scores higher. Both quoted, the answer is in the first quote
 * whichever of the two holds it. `quotes` are ranked best first; `passages` are the index's (a passage's id
 * is its index); `text` is the article's of `best`. Not across a paragraph skipped as boilerplate (a
 * subheading between the two): the quote would carry a line that is never quoted.
 */
export function withNextSentence(
  best: CandidateQuote,
  quotes: readonly CandidateQuote[],
  passages: readonly Passage[],
  text: string,
): CandidateQuote {
  const { span, passage } = best;
  if (best.features.isPair || best.cut.before || best.cut.after || best.features.answerTypeFit > 0)
    return best;
  const next = passages[passage.id + 1];
  const nextStart =
    next?.articleId === passage.articleId && /^\s*$/.test(text.slice(passage.end, next.start))
      ? next.sentences[0]?.start
      : undefined;
  const endsParagraph = passage.sentences.at(-1)?.end === span.end;
  const floor = best.score * NEXT_SENTENCE_KEEP;
  for (const quote of quotes) {
    if (quote.score < floor) break;
    if (quote === best || quote.passage.articleId !== passage.articleId || quote.cut.after) continue;
    // The pair of `best` and the next sentence of its paragraph.
    if (quote.features.isPair && quote.span.start === span.start && !quote.secondary) {
      if (quote.passage.id === passage.id && isNextSentence(passage, span.end, quote.span.end)) return quote;
      continue;
    }
    // The next passage's first sentence, as the continuation of `best` (its passage is best's).
    if (
      endsParagraph &&
      quote.passage.id === passage.id &&
      nextStart !== undefined &&
      quote.span.start === nextStart &&
      quote.span.end - span.start <= MAX_QUOTE_CHARS
    ) {
      return { ...quote, span: { start: span.start, end: quote.span.end }, secondary: false };
    }
  }
  return best;
}

/** Whether the sentence of `passage` ending at `end` directly follows the one ending at `after`. */
function isNextSentence(passage: Passage, after: number, end: number): boolean {
  const k = passage.sentences.findIndex((s) => s.end === after);
  return k >= 0 && passage.sentences[k + 1]?.end === end;
}
