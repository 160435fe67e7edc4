import type { Span } from '../passages/Span.js';
import { processTerm, tokenize } from '../index/terms.js';
import { isFreshName, nameTypeFit, placeTypeFit, type TaggedRange } from './nameFit.js';
import { asksAmount, asksChange, CHANGE_CUE } from './asksAmount.js';
import { headNounType, namedThingType } from './headNounType.js';
import { statementFit } from './statementFit.js';
import {
  TAG_PATTERNS,
  TagKind,
  tagEndOf,
  tagKindOf,
  tagSentences,
  tagStartOf,
  TIME_UNITS,
  type PatternKind,
} from '../passages/tagSentences.js';

/**
 * The kind of answer a question asks for, read from its wording. Sentences that contain that kind of
 * thing (a number for "how many", a date for "when") are preferred among those that match equally well.
 */
export type AnswerType =
  | 'count'
  | 'money'
  | 'distance'
  | 'duration'
  | 'date'
  | 'person'
  | 'organisation'
  | 'place'
  | 'reason'
  | 'statement'
  | 'other';

/**
 * The words that only say what kind of answer is wanted ("how **long**", "what **year**"): they rarely occur
 * next to the answer ("after five hours of talks"), so they are left out of the search.
 */
export function typeWordsOf(question: string): string[] {
  const q = question.toLowerCase();
  const words: string[] = [];
  for (const match of q.matchAll(
    /\b(?:how (long|old)|(?:what|which|in what) (year|date|day|month|time|century|decade|number|percentage|amount))\b/g,
  )) {
    const word = match[1] ?? match[2];
    if (word) words.push(word);
  }
  // "What is the name of the Russian president?", "What was the victim's name?": the answer is a name, and
  // news writes it without the word ("Russian President Vladimir Putin").
  const name = NAME_ASKED.exec(q)?.[1];
  if (name) words.push(name);
  // "What happened to Yukos?", "Where did the crash happen?": the verb only asks for an event, and news tells
  // one without it ("Yukos was sold…"); where it does say "happen", it is mostly guessing at what will ("Should
  // that happen, Yukos will…"), which a search for the word would put first. Kept when it is the question's
  // only word besides stop words ("What happened?"): a search for nothing would find nothing.
  const happen = HAPPEN_ASKED.exec(q)?.[1];
  if (happen && tokenize(q).some((w) => w !== happen && processTerm(w) !== null)) words.push(happen);
  return words;
}

/** "happen" in a question that asks what, where, when, how or why something happened (see typeWordsOf). */
const HAPPEN_ASKED = /^\s*(?:what|where|when|how|why)\b.*?\b(happen(?:ed|s|ing)?)\b/;

/** "What is the name of…", "what's the name of…", "What was the victim's name", "what is his name". */
const NAME_ASKED =
  /\bwhat(?:['’]?s|\s+(?:is|was|are|were))\s+(?:the|his|her|their|its)\s+(?:[a-z-]+['’]s\s+)?(names?)\b/;

/**
 * The kind of answer `question` asks for, from its wh-word and, after "which"/"what", its head noun ("which
 * judge" → person, "what net profit" → money, "which team" → organisation, "what year" → date).
 */
export function answerTypeOf(question: string): AnswerType {
  const q = question.toLowerCase();
  // "When violence is used, what is it called?": a leading "when" clause sets the scene; the question follows.
  const main = WHEN_CLAUSE.exec(q)?.[1];
  if (main !== undefined) return answerTypeOf(main);
  if (/\bhow much\b/.test(q) && MONEY_CUE.test(q) && !CHANGE_CUE.test(q)) return 'money';
  if (/\bhow (?:many|much|fast|big|large|old)\b|\bwhat (?:number|percentage|amount|age)\b/.test(q))
    return 'count';
  if (/\bhow (?:far|tall|high|deep|wide)\b|\bwhat (?:distance|height|length)\b/.test(q)) return 'distance';
  if (/\bhow long\b|\bfor how\b/.test(q)) return 'duration';
  // The leading wh-phrase's noun names the answer even when a clause follows ("What was the score when…").
  const head = namedThingType(q) ?? headNounType(q);
  if (
    /\bwhat (?:year|date|day|month|time|century|decade)\b|\bwhich (?:year|date|day|month)\b/.test(q) ||
    (head === null && FIRST_WH.exec(q)?.[0] === 'when')
  ) {
    return 'date';
  }
  if (head) return head;
  // As "when": a "who" after another wh-word only describes someone ("What did the people who lived there eat?").
  if (/^who/.test(FIRST_WH.exec(q)?.[0] ?? '')) return 'person';
  if (/\bwhere\b/.test(q)) return 'place';
  if (/\bwhy\b|\bwhat (?:caused|made|led)\b/.test(q)) return 'reason';
  if (/\b(?:say|said|says|tell|told|promise|promised|claim|claimed|think|thinks|vow|vowed)\b/.test(q)) {
    return 'statement';
  }
  return 'other';
}

/** A question's first wh-word. */
const FIRST_WH = /\b(?:what|which|who|whom|whose|where|when|why|how)\b/;
/**
 * A question opening with a "when" clause and asking after its comma ("When B cells replicate, **what** do
 * they become?"): group 1 is the question proper. A "when" before an auxiliary asks itself ("When was the
 * treaty signed, which ended the war?"): what follows its comma describes its subject.
 */
const WHEN_CLAUSE =
  /^\W*when\b(?!\s+(?:is|are|was|were|do|does|did|has|have|had|will|would|can|could|should|shall|may|might|must)\b)[^?]*?,\s*((?:what|which|who|whom|whose|where|why|how)\b.*)$/;

/**
 * Words after "how much" that ask for a sum of money rather than a quantity ("how much did it cost"), a verb in
 * any tense ("how much is Federated **paying**", "how much did Nestle **sell**": its sales, which news gives as a
 * sum). On the headline news set's tuning half, the "-ing" forms and selling and offering: first quote right 51
 * -> 52 of 109 (the first set's 122 of 163 and SQuAD unchanged).
 */
const MONEY_CUE =
  /\b(?:cost|costs|costing|pay|paid|pays|paying|earn|earned|earns|earning|spend|spent|spends|spending|worth|price|fee|fees|sell|sells|sold|selling|sales|offer|offers|offered|offering|raise|raised|profits?|revenues?|salary|budget|bid|invest|invested|investing|loan|debt|tax|taxes|fined?|compensation|damages|take|took|gross|grossed|charge|charged|owe|owed|lose|lost|losing|make|made|making|receive|received|award|awarded)\b/;

/** Each tag kind's pattern without the global flag, to re-test a mention once the question's words are gone. */
const ONE: Readonly<Record<PatternKind, RegExp>> = Object.fromEntries(
  Object.entries(TAG_PATTERNS).map(([kind, pattern]) => [
    kind,
    new RegExp(pattern.source, pattern.flags.replace('g', '')),
  ]),
) as Record<PatternKind, RegExp>;

/** The question's words, lowercase: what `answerTypeFit` must not mistake for the answer. */
export function questionWordsOf(question: string): ReadonlySet<string> {
  return new Set(question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * How well `text` fits the answer type, from 0 to 1. `questionWords` (see `questionWordsOf`) keep a name or
 * number the question itself contains from counting as the answer. `speakers` are the question's names,
 * lowercase ("what did **Macron** say"): a quotation attributed to one of them fits a statement best.
 * Tags `text` itself; the ranker reads the tags saved with the index instead (see typeFitOfTags).
 */
export function answerTypeFit(
  type: AnswerType,
  text: string,
  questionWords: ReadonlySet<string>,
  speakers: readonly string[] = [],
): number {
  const span = { start: 0, end: text.length };
  const tagged = { start: 0, tags: tagSentences(text, [span], 0) };
  return typeFitOfTags(type, text, span, [tagged], questionWords, speakers);
}

export type { TaggedRange } from './nameFit.js';

/**
 * `answerTypeFit` of `text[span]` from tags computed ahead (see tagSentences.ts): those of `tagged` that lie
 * inside `span` (others are ignored, so a passage's tags and the next one's can be passed whole). Only a
 * statement reads the text (its speakers come from the question).
 */
export function typeFitOfTags(
  type: AnswerType,
  text: string,
  span: Span,
  tagged: readonly TaggedRange[],
  questionWords: ReadonlySet<string>,
  speakers: readonly string[] = [],
): number {
  // These read no kinds of mention below (a person's or organisation's name is weighed whole by nameTypeFit).
  if (type === 'person' || type === 'organisation')
    return nameTypeFit(type, text, span, tagged, questionWords);
  if (type === 'place') return placeTypeFit(text, span, tagged, questionWords);
  if (type === 'statement') return statementFit(text.slice(span.start, span.end), speakers);
  if (type === 'other') return 0;
  // The kinds found (bit 1 << kind): a mask, not a set, as this runs for every candidate quote.
  let inside = 0;
  // A mention counts when it is still one without the words the question contains ("2004" in "…for 2004?").
  // Only the kinds the type reads are tested (the test strips the question's words from the mention).
  let fresh = 0;
  const wanted = FRESH_KINDS_READ[type];
  const change = type === 'count' && asksChange(questionWords);
  // Whether a fresh number is a percentage: read only for a change asked for (see CHANGE_NOT_PERCENT_FIT).
  let percent = false;
  for (const range of tagged) {
    for (const tag of range.tags) {
      const kind = tagKindOf(tag);
      const start = tagStartOf(tag, range.start);
      const end = tagEndOf(tag, range.start);
      // A name needs the two characters before it inside the span (see TAG_PATTERNS: never a span's first word).
      if (start < span.start + (kind === TagKind.name ? 2 : 0) || end > span.end) continue;
      const bit = 1 << kind;
      inside |= bit;
      if (change && !percent && kind === TagKind.number && PERCENT_AFTER.test(text.slice(end, end + 20))) {
        percent = isFresh(kind, text.slice(start, end), questionWords);
      }
      if (!(wanted & bit) || fresh & bit || !isFresh(kind, text.slice(start, end), questionWords)) continue;
      // Read only for a number that might be a sum with its currency left out (rare).
      if (type === 'money' && kind === TagKind.number && !SUM_LIKE.test(text.slice(start, end + 12)))
        continue;
      // Read the question only for a number that counts time (rare): this runs for every candidate quote.
      if (
        kind === TagKind.number &&
        TIME_AFTER.test(text.slice(end, end + 12)) &&
        !asksInTime(questionWords)
      ) {
        continue;
      }
      fresh |= bit;
    }
  }
  const has = (kinds: number, kind: TagKind): boolean => (kinds & (1 << kind)) !== 0;
  switch (type) {
    case 'count':
      if (change && !percent) {
        return has(fresh, TagKind.number) || has(fresh, TagKind.money) ? CHANGE_NOT_PERCENT_FIT : 0;
      }
      return has(fresh, TagKind.number) || (has(fresh, TagKind.money) && asksAmount(questionWords)) ? 1 : 0;
    case 'money':
      // A bare number written as a sum ("83,000", see SUM_LIKE) may still be one; a currency marks it surely.
      return has(fresh, TagKind.money) ? 1 : has(fresh, TagKind.number) ? 0.5 : 0;
    case 'distance':
      return has(fresh, TagKind.distance) ? 1 : has(fresh, TagKind.number) ? 0.5 : 0;
    case 'duration':
      return has(inside, TagKind.durationUnit) ? (has(inside, TagKind.number) ? 1 : 0.5) : 0;
    case 'date':
      return has(fresh, TagKind.date) ? 1 : 0;
    case 'reason':
      return has(inside, TagKind.reason) ? 1 : 0;
  }
}

/**
 * A number written as sums are when news leaves their currency out: with thousands separators ("83,000"),
 * "million"/"billion" after it, a decimal point ("1.5"), or in words ("millions"). Not a small whole number or
 * four digits alone ("Spacey, 45", "a Nokia 3220 handset"), which count or name things: as a half-fitting sum,
 * they kept "How much did Beyond the Sea cost to make?" answered by a sentence giving the star's age. Tuning
 * halves: second crowd-style unanswerable declined 0 → 2 of 10, nothing else moved; test halves: 3 more
 * unanswerable declined and one more first quote, one first quote lost ("How much traffic does online gaming
 * make?", read as a sum), first set half-indexed answered 92.9 → 91.8%; SQuAD through the CLI answered 96.3 →
 * 96.2%, right paragraph and answer in the first quote unchanged.
 */
const SUM_LIKE =
  /^\d{1,3}(?:,\d{3})+|^\d[\d.]*\s?(?:thousand|million|billion|trillion)\b|^(?:thousands?|millions?|billions?|hundreds?)\b|^\d+\.\d+/i;

/** A percentage's sign or words right after its number ("0.7%", "5 per cent", "2 percentage points"). */
const PERCENT_AFTER = /^\s?(?:%|per\s?cent\b|percentage points?\b)/i;

/**
 * How a sentence fits "how much did X rise/fall" (see asksChange) with a fresh number or sum but no percentage:
 * news gives a change as one ("UK house prices fell 0.7% in December"), while a sum beside the same words is
 * often a level ("the average price fell from £180,126 to £178,906"). On the headline news set's tuning half,
 * first quote right: 1 (as before) 53 of 109; 0.9, 0.8 and 0.75 54; 0.7 and 0.6 53, with a story lost for
 * "How much did industrial production increase?" (another story's sentence led). The first set's tuning half
 * (122 of 163) and SQuAD's answer in the first quote unchanged throughout. The middle of the plateau.
 */
const CHANGE_NOT_PERCENT_FIT = 0.8;

/**
 * Whether a question asks in units of time: it names one ("how many **years**", see TagKind.durationUnit) or
 * asks an age ("how **old**", "at what **age**"), which news gives as "the 31-year-old".
 */
function asksInTime(questionWords: ReadonlySet<string>): boolean {
  if (questionWords.has('old') || questionWords.has('age') || questionWords.has('aged')) return true;
  for (const word of questionWords) if (ONE[TagKind.durationUnit].test(word)) return true;
  return false;
}

/**
 * A unit of time right after a number ("the past **12 months**", "a 13-month ban"): the number counts time, so
 * it is no count or sum of what a question asks about unless the question asks in units of time. On the news
 * tuning half the lead "The number of Europeans with broadband has exploded over the past 12 months" read as
 * holding a count and kept the next sentence ("Just over 54 million people…") from leading.
 */
// Ages too ("the 28-year-old"): a number of years, whatever the duration tag leaves out.
const TIME_AFTER = new RegExp(`^[\\s-](?:${TIME_UNITS})\\b`, 'i');
/** The kinds of mention (bit 1 << kind) whose freshness typeFitOfTags reads for each type it tests tags for. */
const FRESH_KINDS_READ: Readonly<
  Record<Exclude<AnswerType, 'person' | 'organisation' | 'place' | 'statement' | 'other'>, number>
> = {
  count: (1 << TagKind.number) | (1 << TagKind.money),
  money: (1 << TagKind.money) | (1 << TagKind.number),
  distance: (1 << TagKind.distance) | (1 << TagKind.number),
  duration: 0,
  date: 1 << TagKind.date,
  reason: 0,
};

/** Whether `mention` (of `kind`) still is one once the question's words are taken out of it. */
function isFresh(kind: TagKind, mention: string, questionWords: ReadonlySet<string>): boolean {
  if (kind === TagKind.name) return isFreshName(mention, questionWords);
  if (kind === TagKind.durationUnit || kind === TagKind.reason) return true;
  // Whole names are weighed by nameTypeFit.
  if (kind === TagKind.person || kind === TagKind.organisation) return false;
  return ONE[kind].test(stripShared(mention, questionWords));
}

/** Removes from `text` the words that also occur in the question (case-insensitive). */
function stripShared(text: string, shared: ReadonlySet<string>): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => (shared.has(word.toLowerCase()) ? ' ' : word));
}
