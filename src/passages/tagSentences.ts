import { DATELINE } from '../corpus/parseArticle.js';
import type { Span } from './Span.js';
import { MONTH, WEEKDAY } from './dateWords.js';
import { isDateNumber } from './isDateNumber.js';
import { isTemporalSince } from './isTemporalSince.js';
import { EntityKind, entityMentions } from './tagEntities.js';

/**
 * What a sentence can hold that an answer type asks for (see answerType.ts's answerTypeFit): a number, a sum of
 * money, a distance, a unit of time, a date, a capitalised word (not at the sentence's start), a word giving a
 * reason, and a person's or an organisation's name (the whole name, from the words around it: see
 * tagEntities.ts). Values are what the index cache saves: never renumber one (bump INDEX_FORMAT_VERSION if you
 * must).
 */
export const TagKind = {
  number: 0,
  money: 1,
  distance: 2,
  durationUnit: 3,
  date: 4,
  name: 5,
  reason: 6,
  person: 7,
  organisation: 8,
} as const;
export type TagKind = (typeof TagKind)[keyof typeof TagKind];

/** The kinds found by a pattern; a person or organisation needs the words around it (see tagEntities.ts). */
export type PatternKind = Exclude<TagKind, typeof TagKind.person | typeof TagKind.organisation>;

/**
 * Verbs after which "due to" schedules ("due to open on Friday", "is due to formally announce") rather than
 * gives a cause ("due to falling sales", "due to injury"): the verbs the BBC's scheduling "due to"s use most.
 * Words that are as often nouns after "due to" ("air", "pay", "rule", "hand", "set") are left out: a cause.
 */
const SCHEDULED_VERBS =
  'announce|appear|arrive|attend|be|become|begin|buy|close|come|compete|complete|consider|debut|decide|deliver|end|enter|expire|explode|face|fall|fight|finish|fly|follow|get|give|go|have|hear|hit|hold|host|introduce|issue|join|kick|launch|lead|leave|lift|light|line|make|marry|meet|merge|move|name|open|perform|play|present|publish|put|reach|receive|release|reopen|report|resume|retire|return|rise|run|say|screen|see|sell|sign|sit|speak|stage|stand|start|stay|step|take|testify|travel|undergo|unveil|visit|vote|welcome';

/** Units of time, as a pattern's alternatives. */
export const TIME_UNITS = 'seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries';

/**
 * Words for a currency after a number ("3.5 million pounds", "102bn rupees"), as a pattern's alternatives: news
 * from outside Britain, America and the euro area writes sums in its own currency. Not "won" (a verb far more
 * often) nor "real" (an adjective). The patterns ignore case, so a name after a number would read as a sum ("the
 * 1995 Rand report"); none of the BBC's 40-odd such words is one.
 */
const CURRENCY_WORDS =
  'pounds?|dollars?|euros?|yen|pence|cents?|rupees?|yuan|roubles?|rubles?|kroner?|krona|kronor|francs?|pesos?|lira|dinars?|rand';

/** Each kind's pattern (global, so `tagText` finds every mention). Exported for answerType's re-tests. */
export const TAG_PATTERNS: Readonly<Record<PatternKind, RegExp>> = {
  // Numbers in words up to the tens ("fourteen points", "fifty percent", "twenty-five"), as in digits.
  [TagKind.number]:
    /\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|dozens?|hundreds?|thousands?|millions?|billions?|half|several)\b/gi,
  // A currency sign and its whole amount ("$54.9m", "£1.5 billion"), or a number with a currency word ("3.5
  // million pounds") or a million/billion suffix.
  [TagKind.money]: new RegExp(
    String.raw`[£$€¥]\s?\d+(?:[.,]\d+)*(?:\s?(?:m|bn|k)\b|\s(?:thousand|million|billion|trillion)\b)?|\b\d[\d,.]*\s?(?:m|bn|k|(?:thousand|million|billion)\s)?\s?(?:${CURRENCY_WORDS})\b|\b\d[\d,.]*(?:m|bn)\b`,
    'gi',
  ),
  // Never an amount of money: "$54.9m" and "70m euros" are sums, not metres.
  [TagKind.distance]: new RegExp(
    String.raw`(?<![£$€¥]\s?[\d,.]*)\b\d[\d,.]*\s?(?:km|kilometres?|kilometers?|miles?|metres?|meters?|m(?!\s?(?:${CURRENCY_WORDS})\b)|feet|ft|yards?|inches|cm|mm)\b`,
    'gi',
  ),
  // Not an age ("the 28-year-old", "a six-month-old", "two years old"): no length of time for "how long".
  [TagKind.durationUnit]: new RegExp(`\\b(?:${TIME_UNITS})\\b(?![- ]old\\b)`, 'gi'),
  // "Within" a number of days to decades dates what is to come ("out of control within several decades").
  [TagKind.date]: new RegExp(
    `\\b${MONTH}\\b|\\b\\d{1,2} ${MONTH}\\b|\\b(?:1[0-9]|20)\\d{2}s?\\b|\\b${WEEKDAY}\\b|\\b(?:today|yesterday|tomorrow|tonight|next (?:week|month|year)|last (?:week|month|year))\\b|\\bcentur(?:y|ies)\\b|\\b\\d{1,4}\\s?(?:BCE?|AD|CE)\\b|\\b(?:AD|CE)\\s?\\d{1,4}\\b|\\bwithin (?:the next |the coming )?(?:\\d[\\d,.]*|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|several|a few|a couple of) (?:days?|weeks?|months?|years?|decades?)\\b`,
    'gi',
  ),
  // A capitalised word after a letter, digit or `,;:)` and a space: a name, not a sentence's first word.
  [TagKind.name]: /(?<=[\p{L}\p{N},;:)] )\p{Lu}[\p{L}'’-]+/gu,
  // "Following" only as a preposition ("a ban following the discovery"), not "the following year"; a goal only
  // as an aim ("the goal of the project is to"), not one scored: the BBC's sport stories hold 147 of those.
  // "Amid" gives a cause as the circumstance it came in: "profits have stood still amid slowing demand".
  // "Reasons" as well as "reason": news gives a cause as "for security reasons", "for personal reasons". And as
  // what an event came in response to, in the aftermath or wake of, or was prompted, driven or hurt by ("the ban
  // was imposed in the aftermath of the crackdown", "trade was hurt by a ban"). "Hit by" and "driven by" are the
  // commonest of these in the BBC's stories (56 and 37) and nearly all give a cause ("sales were hit by…"); the
  // few that do not ("being driven by police", "hit by a coin") still say what befell the subject.
  // "Due to" only before a cause ("due to falling sales"), not before a verb ("due to open on Friday", "is due
  // to be sentenced"), which schedules: the BBC's stories hold twice as many of those.
  [TagKind.reason]: new RegExp(
    `\\b(?:because|since|due to(?!\\s+(?:\\p{L}+ly\\s+)?(?:${SCHEDULED_VERBS})\\b)|as a result|in order to|so that|claiming|citing|owing to|caused by|amidst|amid|reasons?|in response to|(?:prompted|triggered|sparked|fuell?ed|driven(?: up| down)?|hit|hurt) by|in the (?:aftermath|wake) of|blames?|blamed|(?<!\\bthe )following|thanks to|aims? to|aimed at|goal (?:of [^.,;:!?]{1,40}? )?(?:is|was) to|purpose)\\b`,
    'giu',
  ),
};

/** A year with its era, in any case ("430 BC", "AD 14", "3 ad"). */
const ERA_YEAR = /^(?:\d{1,4}\s?(?:bce?|ad|ce)|(?:ad|ce)\s?\d{1,4})$/i;

/**
 * Whether a date mention is a year with an era not written in capitals ("3 ad campaigns", "the ad 40 times"):
 * the date pattern is case-insensitive for the months' sake, but an era is written "BC" or "AD", and "ad" is
 * an advertisement.
 */
function isLowercaseEra(mention: string): boolean {
  return ERA_YEAR.test(mention) && mention !== mention.toUpperCase();
}

const PATTERN_KINDS = Object.keys(TAG_PATTERNS).map(Number) as PatternKind[];
const ENTITY_TAG = { [EntityKind.person]: TagKind.person, [EntityKind.organisation]: TagKind.organisation };

/** Whether `start` opens `text` or a line of it (spaces and tabs before it aside). */
function startsParagraph(text: string, start: number): boolean {
  let at = start;
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at--;
  return at === 0 || text[at - 1] === '\n';
}

/**
 * The mentions in `text[start, end)`, read as a text of its own (a pattern never looks outside it), as
 * (kind, start, end) triplets with offsets into `text`, sorted by start.
 */
export function tagText(text: string, start: number, end: number): number[] {
  let slice = text.slice(start, end);
  // A dateline ("LONDON, England (CNN) --") says where and by whom the story was filed: not what it tells. It
  // opens a paragraph; within one, capitals before a dash are the sentence's subject ("EADS - Airbus' owner -").
  const dateline = startsParagraph(text, start) ? (DATELINE.exec(slice)?.[0].length ?? 0) : 0;
  if (dateline > 0) {
    start += dateline;
    slice = slice.slice(dateline);
  }
  const found: [number, number, number][] = [];
  for (const kind of PATTERN_KINDS) {
    for (const match of slice.matchAll(TAG_PATTERNS[kind])) {
      const [from, to] = [start + match.index, start + match.index + match[0].length];
      // The day or year of a date ("February 7") counts nothing; "since April 2014" says from when, not why.
      if (kind === TagKind.number && isDateNumber(text, from, to)) continue;
      if (kind === TagKind.reason && isTemporalSince(text, from, to)) continue;
      if (kind === TagKind.date && isLowercaseEra(match[0])) continue;
      found.push([kind, from, to]);
    }
  }
  const entities = entityMentions(slice);
  for (let i = 0; i < entities.length; i += 3) {
    const kind = ENTITY_TAG[entities[i] as EntityKind];
    found.push([kind, start + (entities[i + 1] as number), start + (entities[i + 2] as number)]);
  }
  found.sort((a, b) => a[1] - b[1] || a[0] - b[0]);
  return found.flat();
}

/**
 * One tag packed in a 32-bit number, as passages hold and the cache saves them (a third of the size of
 * kind, start, end triplets: 0.5 MB rather than 1.6 MB for the BBC corpus's 133,000 tags): the kind in the top
 * 4 bits, the length in the next 8, the start relative to the passage's start in the low 20. A mention
 * longer than 255 characters, or starting over a million characters into its passage (neither occurs in
 * news), is not kept.
 */
export const TAG_LENGTH_MAX = 0xff;
export const TAG_START_MAX = 0xfffff;
/** Where a packed tag's kind starts (see packTag). */
export const TAG_KIND_SHIFT = 28;

/** `kind` at [start, end) of a passage starting at `base`, packed (see TAG_LENGTH_MAX), or null when it does not fit. */
export function packTag(kind: TagKind, start: number, end: number, base: number): number | null {
  const length = end - start;
  const offset = start - base;
  if (length > TAG_LENGTH_MAX || offset < 0 || offset > TAG_START_MAX) return null;
  return ((kind << TAG_KIND_SHIFT) | (length << 20) | offset) >>> 0;
}

/** The kind of a tag packed by packTag. */
export function tagKindOf(tag: number): TagKind {
  return (tag >>> TAG_KIND_SHIFT) as TagKind;
}

/** Where a tag packed by packTag starts in its article's text, for a passage starting at `base`. */
export function tagStartOf(tag: number, base: number): number {
  return base + (tag & TAG_START_MAX);
}

/** Where a tag packed by packTag ends in its article's text, for a passage starting at `base`. */
export function tagEndOf(tag: number, base: number): number {
  return tagStartOf(tag, base) + ((tag >>> 20) & TAG_LENGTH_MAX);
}

/** Counts the sentences tagged, for the tests (a rebuild must re-tag only what changed). */
export const tagCounter = { sentences: 0 };

/** The mentions of each of `sentences` of `text` (see tagText), packed relative to `base` (see packTag), in order. */
export function tagSentences(text: string, sentences: readonly Span[], base: number): Uint32Array {
  const packed: number[] = [];
  for (const sentence of sentences) {
    tagCounter.sentences++;
    const triplets = tagText(text, sentence.start, sentence.end);
    for (let i = 0; i < triplets.length; i += 3) {
      const value = packTag(
        triplets[i] as TagKind,
        triplets[i + 1] as number,
        triplets[i + 2] as number,
        base,
      );
      if (value !== null) packed.push(value);
    }
  }
  return Uint32Array.from(packed);
}
