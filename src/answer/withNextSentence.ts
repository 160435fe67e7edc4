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
 * Share of the first quote's score that its continuation must reach to be quoted with it when the first quote
 * holds a mention of the asked kind apart from the question's words (see withNextSentence, farFromQuestion).
 * On the news tuning halves (first quote right, of 163 of the first set / of 109 headline questions over the
 * headless BBC corpus; 121 / 65 without this rule; first quotes widened in brackets): 0.9 122 / 65 (5 / 5);
 * 0.85 122 / 65 (5 / 7); 0.8, 0.75, 0.7 and 0.6 123 / 65 (8 / 7). Of the plateau, the share that widens the
 * fewest (first quotes average 170 / 184 characters, 164 / 176 without the rule). Widening to the next
 * sentence of the same paragraph too (the pair), and to a continuation that names nothing, gained no more and
 * widened 25 / 14. SQuAD through the CLI unchanged (82.4% right paragraph, 77.0% answer in the first quote).
 */
export const FAR_NEXT_KEEP = 0.8;

/**
 * The first quote `best` widened to the sentence after it, when `best` is one whole sentence that holds no
 * mention of the asked kind (answerTypeFit 0; always so for a question whose kind the tags cannot read, "What
 * injury…", "How do virus writers…") and the quote of both sentences scores at least NEXT_SENTENCE_KEEP of it;
 * or when `best` holds one apart from the question's words (see farFromQuestion), the next paragraph's first
 * sentence holds one too, and its continuation scores at least FAR_NEXT_KEEP of it; else `best`. The sentence
 * after is the next one of its passage (the pair is a candidate of its own), or,
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
  if (best.features.isPair || best.cut.before || best.cut.after) return best;
  const far = farFromQuestion(best);
  if (best.features.answerTypeFit > 0 && !far) return best;
  const next = passages[passage.id + 1];
  const nextStart =
    next?.articleId === passage.articleId && /^\s*$/.test(text.slice(passage.end, next.start))
      ? next.sentences[0]?.start
      : undefined;
  const endsParagraph = passage.sentences.at(-1)?.end === span.end;
  const floor = best.score * (far ? FAR_NEXT_KEEP : NEXT_SENTENCE_KEEP);
  for (const quote of quotes) {
    if (quote.score < floor) break;
    if (quote === best || quote.passage.articleId !== passage.articleId || quote.cut.after) continue;
    // The pair of `best` and the next sentence of its paragraph (its fit is the pair's: it cannot say whether
    // the next sentence names anything, so not for a first quote with a mention far from the question's words).
    if (!far && quote.features.isPair && quote.span.start === span.start && !quote.secondary) {
      if (quote.passage.id === passage.id && isNextSentence(passage, span.end, quote.span.end)) return quote;
      continue;
    }
    // The next passage's first sentence, as the continuation of `best` (its passage is best's).
    if (
      endsParagraph &&
      quote.passage.id === passage.id &&
      nextStart !== undefined &&
      quote.span.start === nextStart &&
      (!far || quote.features.answerTypeFit > 0) &&
      quote.span.end - span.start <= MAX_QUOTE_CHARS
    ) {
      return { ...quote, span: { start: span.start, end: quote.span.end }, secondary: false };
    }
  }
  return best;
}

/**
 * Whether `quote` holds a mention of the asked kind (answerTypeFit above 0) that stands apart from the
 * question's words: its nearness is read (typedNearness above 0, a question asking for a named thing; a reason
 * or a statement is read from cue words and speakers, see typeFitOfTags) but it is not right next to them
 * (below 1). Such a mention is often another's: "Republic of Ireland manager **Brian Kerr** has been granted
 * his wish for a home game as the final World Cup qualifier" for "Who will Ireland face in their final World
 * Cup qualifier?", answered by the next paragraph ("… by playing **Switzerland** in Dublin …").
 */
function farFromQuestion(quote: CandidateQuote): boolean {
  const { answerTypeFit: fit, typedNearness: near } = quote.features;
  return fit > 0 && near > 0 && near < 1;
}

/** Whether the sentence of `passage` ending at `end` directly follows the one ending at `after`. */
function isNextSentence(passage: Passage, after: number, end: number): boolean {
  const k = passage.sentences.findIndex((s) => s.end === after);
  return k >= 0 && passage.sentences[k + 1]?.end === end;
}
