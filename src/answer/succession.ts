import { storyRange } from '../passages/storyRange.js';
import type { AnswerContext } from './AnswerContext.js';
import type { CandidateQuote } from './CandidateQuote.js';
import { namesOnlyAnOrganisation } from './nameFit.js';

/**
 * Share of the first quote's score that a quote reporting a succession must reach to lead in its place (see
 * successionFirst). On the news tuning halves (first set, headline set, review-style set) 0.5, 0.7 and 0.9
 * gave the same answers: the quotes that report one either lead already or score far below.
 */
const SUCCESSION_KEEP = 0.7;

const AUXILIARY = 'has|have|had|will|would|could|should|can|must|might|may|is|was|are|were|be|been';
/** "has", "will", "should", "is set to", "wants to", "is expected to be named to": what may stand before the verb. */
const BEFORE_VERB = `${AUXILIARY}|set|expected|likely|going|about|named|appointed|chosen|picked|want|wants|wanted|hopes?|aims?|to`;

/** A question's start up to its "who": a lead-in up to a comma ("So, who …", "In 2005, who …"). */
const UP_TO_WHO = String.raw`^\W*(?:[^,?]{1,40},\s*)?(?:(?:and|so|but)\s+)?who`;

/**
 * A question for the successor of someone it names: "Who succeeded X as …?", "Who replaced X?", "Who will
 * take over from X?", "Who is replacing X?", "Who wants to succeed X?", "Who is X's successor?". Not "Who did X
 * replace?" nor "Who was replaced by X?": they name the newcomer, and the stories that name him are about his
 * arrival, often told without a word for it ("X has been called up, with Y out injured"); the stories that
 * name an incumbent are mostly about him in his post. Not "Who succeeded in …" (managed to), nor "Who met X's
 * successor?" (a verb before the possessive). "take over" alone is also a company's takeover ("Which firm is
 * trying to take over WMC?"): only "take over from" and "take over as" ask about a post. "who's" and
 * "who'll" are read too.
 */
const ASKS_SUCCESSOR = new RegExp(
  [
    String.raw`${UP_TO_WHO}(?:['’](?:s|ll)\b)?\s*`,
    String.raw`(?:(?:${BEFORE_VERB})\s+)*`,
    String.raw`(?:`,
    // Active only: "was replaced" and "was succeeded" ask for the one replaced (see above).
    String.raw`(?:succeed(?:s|ing)?|replac(?:e|es|ing)|(?<!\b(?:is|was|were|be|been|being)\s+)(?:succeeded|replaced))(?!\s+(?:by|in)\b)`,
    String.raw`|(?:take|takes|took|taken|taking)\s+over\s+(?:from|as)`,
    // "Mara Lind's successor", "the Fed chairman's successor": words of a name or a post, no verb.
    String.raw`|(?:the\s+)?(?:[\w.-]+\s+){0,3}?[\w.-]+['’]s\s+(?:new\s+)?successors?`,
    String.raw`|(?:the\s+)?(?:new\s+)?successors?\s+(?:to|of)`,
    String.raw`)\b`,
  ].join(''),
  'i',
);

/** Verbs that may stand between "who" and a possessive ("Who met X's successor?"): not a name's words. */
const VERB_BEFORE_POSSESSIVE = new RegExp(
  String.raw`${UP_TO_WHO}\s+(?!(?:${AUXILIARY})\b)[a-z]+\s+(?:the\s+)?[\w.-]+(?:\s+[\w.-]+){0,3}['’]s\s+(?:new\s+)?successors?\b`,
  'i',
);

/**
 * The ways news reports that someone followed someone else in a post: "succeeds", "replaced", "X's
 * replacement", "took over from / as", "in place of", "appointed", "named (as) new …", "handed over to", "took
 * the helm", "elected leader", "the new chief executive", "took charge". Not "takeover" nor a plain "take
 * over" (a company's), nor "succeeded in" (managed to) or "succeeded" with no one after it (went well).
 */
const REPORTS_SUCCESSION = new RegExp(
  [
    // Not "succeeded in" (managed to) nor "if the plan succeeded and …" (went well): one succeeds someone.
    String.raw`succeed(?:s|ed|ing)?(?!\s*[.,;:!?]|\s+(?:in|and|but|or|at|with)\b)|successors?|replac(?:e|es|ed|ing|ement)`,
    String.raw`(?:take|takes|took|taken|taking)\s+(?:over\s+(?:from|as)|charge|the\s+helm)|in\s+place\s+of`,
    String.raw`appoint(?:s|ed|ing)?|named\s+(?:as\s+)?(?:the\s+)?new|elected\s+(?:as\s+)?(?:the\s+)?(?:new\s+)?(?:party\s+)?leader`,
    // "handed over to", "delegated his position as president to", "handed the reins to".
    String.raw`(?:hand|hands|handed|handing|pass|passes|passed|passing|delegat\w+)\s+(?:over|(?:(?:his|her|their|the)\s+)?(?:position|post|job|role|title|reins|baton))`,
    String.raw`(?:new|incoming)\s+(?:chief|chairman|chairwoman|head|director|manager|coach|president|leader|boss|editor|secretary|minister|captain|ceo)`,
  ]
    .map((alternatives) => `\\b(?:${alternatives})\\b`)
    .join('|'),
  'i',
);

/** Whether the question asks for the successor of someone it names (see ASKS_SUCCESSOR). */
export function asksSuccession(question: string): boolean {
  return ASKS_SUCCESSOR.test(question) && !VERB_BEFORE_POSSESSIVE.test(question);
}

/**
 * For a question about a succession (see asksSuccession): whether a quote reports one (a cue of
 * REPORTS_SUCCESSION, a name the question lacks that is not only an organisation's, and every name of the
 * question, `names` (index terms), in it or in its story). When the first quote does not, puts first the best
 * quote that does, when it scores at least SUCCESSION_KEEP of the first, and returns true; returns false when
 * there is none, and the question is to be declined. A story that names the predecessor in his post
 * ("Reuters chief executive Tom Glocer said …") matches every word of "Who succeeded Tom Glocer as chief
 * executive of Reuters?" and says nothing of who came after him: the question's words are all there, the
 * event it asks about is not. `quotes` are ranked best first; reordered in place.
 */
export function successionFirst(
  ctx: AnswerContext,
  quotes: CandidateQuote[],
  names: readonly string[],
): boolean {
  const [first] = quotes;
  if (!first) return false;
  const storyNames = (quote: CandidateQuote, name: string): boolean => {
    const [start, end] = storyRange(ctx.passages, quote.passage.id);
    return ctx.index.countIn(name, start, end) > 0 || ctx.index.countIn(name, start, start + 1, 'title') > 0;
  };
  const reports = (quote: CandidateQuote): boolean => {
    // Someone the question does not name (a person, or a capitalised word that may be one): "Party leader
    // Michael Howard said the new role would replace police authorities" uses the question's verb and names
    // no one but him and an organisation, which succeeds no one in a post.
    const fit = quote.features.answerTypeFit;
    if (fit <= 0 || namesOnlyAnOrganisation(fit)) return false;
    // About whom the question names: "his Anfield successor Rafael Benitez" is no answer to "Who is Alan
    // Greenspan's successor?". Named in the quote (a typo's neighbour included) or elsewhere in its story, as
    // a report often names him only as "Sir Nicholas" or "he".
    if (!names.every((name) => quote.matched.includes(name) || storyNames(quote, name))) return false;
    const text = ctx.articles.get(quote.passage.articleId)?.text ?? '';
    return REPORTS_SUCCESSION.test(text.slice(quote.span.start, quote.span.end));
  };
  if (reports(first)) return true;
  // From any story: the one whose succession is asked about often ranks below stories naming the incumbent
  // ("Stuart Pearce … would like to succeed Kevin Keegan" under "Keegan hails comeback king Fowler").
  const k = quotes.findIndex((q) => !q.secondary && q.score >= first.score * SUCCESSION_KEEP && reports(q));
  if (k < 0) return false;
  quotes.unshift(...quotes.splice(k, 1));
  return true;
}
