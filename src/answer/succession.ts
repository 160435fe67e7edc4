import type { AnswerContext } from './AnswerContext.js';
import type { CandidateQuote } from './CandidateQuote.js';
import { DOER_ORGANISATION_FIT } from './nameFit.js';

/**
 * Share of the first quote's score that a quote reporting a succession must reach to lead in its place (see
 * successionFirst). On the news tuning halves (first set, headline set, review-style set) 0.5, 0.7 and 0.9
 * gave the same answers: the quotes that report one either lead already or score far below.
 */
const SUCCESSION_KEEP = 0.7;

/**
 * A question for the successor of someone it names: "Who succeeded X as …?", "Who replaced X?", "Who will
 * take over from X?", "Who wants to succeed X?", "Who is X's successor?". Not "Who did X replace?" nor "Who
 * was replaced by X?": they name the newcomer, and the stories that name him are about his arrival, often
 * told without a word for it ("X has been called up, with Y out injured"); the stories that name an
 * incumbent are mostly about him in his post. "take over" alone is also a company's takeover ("Which firm is
 * trying to take over WMC?"): only "take over from" and "take over as" ask about a post.
 */
const ASKS_SUCCESSOR = new RegExp(
  [
    String.raw`^\W*(?:(?:and|so|but)\s+)?who\s+`,
    // "has", "will", "is set to", "wants to", "is expected to be named to": what may stand before the verb.
    String.raw`(?:(?:has|have|had|will|would|could|might|may|is|was|are|were|be|been|set|expected|likely|going|about|named|appointed|chosen|picked|want|wants|wanted|hopes?|aims?|to)\s+)*`,
    String.raw`(?:(?:succeed(?:s|ed)?|replac(?:e|es|ed))(?!\s+by\b)|(?:take|takes|took|taken) over (?:from|as)|(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s\s+(?:new\s+)?successor|(?:the\s+)?(?:new\s+)?successor\s+(?:to|of))\b`,
  ].join(''),
  'i',
);

/**
 * The ways news reports that someone followed someone else in a post: "succeeds", "replaced", "took over
 * (from)", "in place of", "appointed", "named (as) new …", "handed over to", "the new chief executive", "took
 * charge".
 */
const REPORTS_SUCCESSION = new RegExp(
  [
    String.raw`succeed(?:s|ed|ing)?|successors?|replac(?:e|es|ed|ing|ement)`,
    String.raw`(?:take|takes|took|taken|taking) (?:over|charge)|takeover|in place of`,
    String.raw`appoint(?:s|ed|ing|ment)?|named (?:as )?(?:the )?new`,
    // "handed over to", "delegated his position as president to", "handed the reins to".
    String.raw`(?:hand|hands|handed|handing|pass|passes|passed|passing|delegat\w+) (?:over|(?:(?:his|her|their|the) )?(?:position|post|job|role|title|reins|baton))`,
    String.raw`(?:new|incoming) (?:chief|chairman|chairwoman|head|director|manager|coach|president|leader|boss|editor|secretary|minister|captain)`,
  ]
    .map((alternatives) => `\\b(?:${alternatives})\\b`)
    .join('|'),
  'i',
);

/** Whether the question asks for the successor of someone it names (see ASKS_SUCCESSOR). */
export function asksSuccession(question: string): boolean {
  return ASKS_SUCCESSOR.test(question);
}

/**
 * For a question about a succession (see asksSuccession): whether a quote reports one (a cue of
 * REPORTS_SUCCESSION and a name the question lacks, not an organisation's). When the first quote does not,
 * puts first the best quote that does and names every name of the question (`nameTerms`, index terms), when
 * it scores at least SUCCESSION_KEEP of the first, and returns true; returns false when there is none, and the
 * question is to be declined. A story that names the predecessor in his post ("Reuters chief executive Tom
 * Glocer said …") matches every word of "Who succeeded Tom Glocer as chief executive of Reuters?" and says
 * nothing of who came after him: the question's words are all there, the event it asks about is not.
 * `quotes` are ranked best first; reordered in place.
 */
export function successionFirst(
  ctx: AnswerContext,
  quotes: CandidateQuote[],
  nameTerms: readonly string[],
): boolean {
  const [first] = quotes;
  if (!first) return false;
  // A report names someone the question does not (a person, or a capitalised word that may be one): "Party
  // leader Michael Howard said the new role would replace police authorities" uses the question's verb and
  // names no one but him and an organisation, which succeeds no one in a post.
  const reports = (quote: CandidateQuote): boolean => {
    const fit = quote.features.answerTypeFit;
    if (fit <= 0 || fit === DOER_ORGANISATION_FIT) return false;
    const text = ctx.articles.get(quote.passage.articleId)?.text ?? '';
    return REPORTS_SUCCESSION.test(text.slice(quote.span.start, quote.span.end));
  };
  if (reports(first)) return true;
  // Only a quote naming whom the question names: another post's succession ("his Anfield successor Rafael
  // Benitez" for "Who is Alan Greenspan's successor?") answers nothing.
  const k = quotes.findIndex(
    (q) =>
      !q.secondary &&
      q.score >= first.score * SUCCESSION_KEEP &&
      nameTerms.every((name) => q.matched.includes(name)) &&
      reports(q),
  );
  if (k < 0) return false;
  quotes.unshift(...quotes.splice(k, 1));
  return true;
}
