import type { Passage } from '../passages/buildPassages.js';
import type { Span } from '../passages/Span.js';
import { processTerm } from '../index/terms.js';
import { typeFitOfTags, type AnswerType } from './answerType.js';
import { FOLLOWS_ON } from './orderQuotes.js';

/**
 * A sentence that opens by pointing back: a pronoun, or "the"/"this" and a lowercase noun ("The fair
 * showcases…"; "The BBC will cut…" names its subject itself). Not an "it" that stands for what follows ("It is
 * now expected that…").
 */
const POINTS_BACK =
  /^["“]?(?:It(?!['’]s\b| (?:is|was|has been|seems|appears|would be|will be)\b)|He|She|They|Its|His|Her|Their|(?:The|This|That|These|Those) (\p{Ll}[\p{L}-]*))\b/u;

/** Where a quote stands and what the question asks, as referentBefore reads them. */
export interface ReferentSite {
  /** The quote's article text. */
  readonly text: string;
  /** The quote's passage, and the index's, each article's in order (a passage's id is its index). */
  readonly passage: Passage;
  readonly passages: readonly Passage[];
  /** The asked type, the question's words and speakers (see typeFitOfTags). */
  readonly query: {
    readonly type: AnswerType;
    readonly words: ReadonlySet<string>;
    readonly speakers: readonly string[];
  };
  /** The question's index terms and their related words. */
  readonly questionTerms: ReadonlySet<string>;
}

/**
 * The sentence before the quote at `span` when the quote lacks the asked kind of answer (its `fit` is 0, for a
 * type that follows on to a mention, see FOLLOWS_ON), opens by pointing back to something named before it ("The
 * fair showcases the latest technologies and gadgets…"), and that sentence holds a mention of the asked kind
 * ("Thousands… have gathered in Las Vegas for the annual Consumer Electronics Show."), in the quote's passage or
 * at the end of the passage before it in the same article; else undefined. A news story names a thing once and
 * then calls it "the fair", "the company", "it": the answer to where, when or who is in the sentence that named
 * it. With "the" or "this", the noun must be one of the question's terms or their related words (see
 * ReferentSite), so that the quote points back to what the question asks about. The quote is then shown from that
 * sentence (withSentenceBefore). On the news tuning halves the headline set's first quote right 68 -> 69 of
 * 109 ("Where is the gadget fair?"), the other five, their test halves, the held-out fresh set and SQuAD
 * through the CLI unchanged.
 */
export function referentBefore(site: ReferentSite, span: Span, fit: number): Span | undefined {
  const { text, passage, passages, questionTerms } = site;
  const { type, words, speakers } = site.query;
  if (fit > 0 || !FOLLOWS_ON.has(type)) return undefined;
  const opener = POINTS_BACK.exec(text.slice(span.start, span.start + 60));
  if (!opener || (opener[1] !== undefined && !questionTerms.has(processTerm(opener[1]) ?? '')))
    return undefined;
  const k = passage.sentences.findIndex((s) => s.start === span.start);
  if (k < 0) return undefined;
  let before: Span | undefined;
  let tagged: Passage;
  if (k > 0) {
    before = passage.sentences[k - 1];
    tagged = passage;
  } else {
    const previous = passages[passage.id - 1];
    if (previous?.articleId !== passage.articleId) return undefined;
    before = previous.sentences[previous.sentences.length - 1];
    tagged = previous;
    // Nothing between but the paragraph break: a subheading skipped as boilerplate is never quoted.
    if (before && !/^\s*$/.test(text.slice(before.end, span.start))) return undefined;
  }
  if (!before) return undefined;
  return typeFitOfTags(type, text, before, [tagged], words, speakers) >= 1 ? before : undefined;
}

/**
 * Where a quote at `at` is shown from (see withSentenceBefore), when not from its own start: for a continuation
 * (`continued`: `at` is the sentence it continues, see CandidateQuote.follows), that sentence, or the referent it
 * points back to; for a quote of its own, its referent (see referentBefore). `fit` is `at`'s.
 */
export function shownFrom(site: ReferentSite, at: Span, fit: number, continued: boolean): Span | undefined {
  const referent = referentBefore(site, at, fit);
  return continued ? { start: (referent ?? at).start, end: at.end } : referent;
}
