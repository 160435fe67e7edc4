import type { Span } from '../passages/Span.js';
import { TagKind, tagEndOf, tagKindOf, tagStartOf } from '../passages/tagSentences.js';
import { ROLES } from '../passages/tagEntities.js';
import { isDateWord, isPersonName } from './isPersonName.js';

/** Tags packed relative to `start` (see tagSentences.ts): a passage's. */
export interface TaggedRange {
  readonly start: number;
  readonly tags: Uint32Array;
}

/**
 * How a sentence fits a person (or organisation) question with no new name of that kind: with a new
 * capitalised word that is no part of a person's or organisation's name (a name the tags could not place:
 * "Xstrata", a band, a place), or with only a new name of the other kind ("Kraft Foods" for "who is the
 * largest creditor"). Chosen on the news tuning half (data/eval/bbc-news-qa.json, split tune), first quote
 * right of 163 / of its 49 person / of its 14 organisation questions, at main 1cab2e2's ranker weights:
 * plain 0.25, other 0: 102 / 33 / 8; 0 and 0: 103 / 34 / 8; 0.5 and 0.25: 100 / 32 / 7; 1 and 1 (any new
 * capitalised word fits, as before): 98 / 30 / 7. With the person weight raised from 0.155 to 0.4, 0.25 and 0
 * gave 103 / 35 / 7, 0 and 0: 102 / 34 / 7. A sentence naming someone the tags cannot place is likelier to
 * answer than one naming no one, hence 0.25 rather than 0 at equal figures.
 */
const NAME_FIT = { plain: 0.25, other: 0 } as const;

/**
 * How a sentence fits a "who" question that asks who did something (see asksWhoDidIt) with a new
 * organisation's name and no new person's. News names the doer as often by an organisation as by a person
 * ("Who published the figures?": "according to figures from the Office of the Deputy Prime Minister"): of the
 * headline news set's tuning half (data/eval/bbc-news-headline-qa.json), 13 of 23 such questions are answered
 * by an organisation. Half of a person's fit, as a person is still the likelier answer: on the news tuning halves
 * (with the rule of typedInArticleFirst in leadInArticle.ts, which needs it so as not to read "the Law Lords have
 * ruled" as naming no one) 0.25 and 0.5 gave the same first quotes, 0.5 one more answer in any quote (65 of 109);
 * SQuAD answer in the first quote 74.93 and 74.94. At 1, an organisation beat the sentence naming the person asked
 * for on SQuAD ("Who founded Woodward Park?": "… founded by the late Ralph Woodward"), 74.90 -> 74.86.
 */
const DOER_ORGANISATION_FIT = 0.5;

/** Whether a person question's fit (see nameTypeFit) comes from an organisation's name alone (see above). */
export function namesOnlyAnOrganisation(fit: number): boolean {
  return fit === DOER_ORGANISATION_FIT;
}

/**
 * How well `text[span]` fits a person or organisation question, from 0 to 1 (see NAME_FIT): 1 with a name
 * of the asked kind (a person tag or an organisation tag, see tagEntities.ts) that the question does not
 * contain, whatever other names the sentence repeats from the question.
 */
export function nameTypeFit(
  type: 'person' | 'organisation',
  text: string,
  span: Span,
  tagged: readonly TaggedRange[],
  questionWords: ReadonlySet<string>,
): number {
  // Person and organisation names (whole names), so a capitalised word inside one is not also a plain name.
  const entities: number[] = [];
  let other = false;
  let doer = false;
  for (const range of tagged) {
    for (const tag of range.tags) {
      const kind = tagKindOf(tag);
      if (kind !== TagKind.person && kind !== TagKind.organisation) continue;
      const start = tagStartOf(tag, range.start);
      const end = tagEndOf(tag, range.start);
      if (start < span.start || end > span.end) continue;
      const name = text.slice(start, end);
      // A role or a thing taken for a person's name is read as plain capitalised words (see isPersonName).
      if (kind === TagKind.person && !isPersonName(name, text.slice(Math.max(0, start - 12), start)))
        continue;
      entities.push(start, end);
      if (kind === TagKind.organisation) {
        if (!hasNewWord(name, questionWords)) continue;
        if (type === 'organisation') return 1;
        doer ||= asksWhoDidIt(questionWords);
        other = true;
      } else if (isNewPerson(name, questionWords)) {
        if (type === 'person') return 1;
        other = true;
      }
    }
  }
  if (doer) return DOER_ORGANISATION_FIT;
  // A new capitalised word outside every person's and organisation's name.
  if (someFreshPlainName(text, span, tagged, entities, questionWords, ANY)) return NAME_FIT.plain;
  return other ? NAME_FIT.other : 0;
}

/** Verbs of holding a post: who leads, heads, runs or chairs something is a person ("Who runs Tate & Lyle?"). */
const POST_VERBS = new Set(
  'lead leads led head heads headed run runs ran chair chairs chaired manage manages managed coach coaches coached captain captains captained'.split(
    ' ',
  ),
);

/** Questions already read by asksWhoDidIt (a question's word set is made once and asked for every quote). */
const whoDidIt = new WeakMap<ReadonlySet<string>, boolean>();

/**
 * Whether a question asks "who" did something rather than who holds a post: after its "who" or "whom" (and any
 * "is", "the", "new"…) comes neither a role ("Who is director general of…", "Who is the new boss of…", see
 * tagEntities.ts's ROLES) nor a verb of holding a post (POST_VERBS: "Who leads UKIP?"). After "who did" the
 * question's subject follows and "who" is its object ("Who did the minister blame?"): a doer too. Read from the
 * question's words in their order (a question's word set keeps the order it first met them in).
 */
export function asksWhoDidIt(questionWords: ReadonlySet<string>): boolean {
  let asks = whoDidIt.get(questionWords);
  if (asks === undefined) {
    asks = false;
    let after = false;
    for (const word of questionWords) {
      if (!after) {
        after = word === 'who' || word === 'whom';
        continue;
      }
      if (word === 'did' || word === 'does' || word === 'do') {
        asks = true;
        break;
      }
      if (BEFORE_ROLE.has(word)) continue;
      asks = !ROLES.has(word) && !POST_VERBS.has(word);
      break;
    }
    whoDidIt.set(questionWords, asks);
  }
  return asks;
}

/** Words that may stand between "who" and a role: "Who **is the new** chairman…", "who **will be**…". */
const BEFORE_ROLE = new Set(
  'is was are were will be has have had been the a an new next former current acting interim'.split(' '),
);

/** A visitor that stops at the first name. */
const ANY = (): boolean => true;

/**
 * Visits each capitalised word (name tag) in `span` that is new to the question and lies inside no range of
 * `covering` (start, end pairs: the whole names it is part of), a weekday or month aside, until `visit` returns
 * true; whether one did.
 */
function someFreshPlainName(
  text: string,
  span: Span,
  tagged: readonly TaggedRange[],
  covering: readonly number[],
  questionWords: ReadonlySet<string>,
  visit: (start: number) => boolean,
): boolean {
  for (const range of tagged) {
    for (const tag of range.tags) {
      if (tagKindOf(tag) !== TagKind.name) continue;
      const start = tagStartOf(tag, range.start);
      const end = tagEndOf(tag, range.start);
      // A name needs the two characters before it inside the span (see TAG_PATTERNS: never a span's first word).
      if (start < span.start + 2 || end > span.end) continue;
      let covered = false;
      for (let i = 0; i < covering.length && !covered; i += 2) {
        covered = start >= (covering[i] as number) && end <= (covering[i + 1] as number);
      }
      const word = text.slice(start, end);
      // A weekday or a month is capitalised but names no one and nowhere ("…came in March").
      if (!covered && !isDateWord(word) && isFreshName(word, questionWords) && visit(start)) return true;
    }
  }
  return false;
}

/** Whether a capitalised word (a name tag's text) is not one of the question's words, its possessive "'s" aside. */
export function isFreshName(mention: string, questionWords: ReadonlySet<string>): boolean {
  return !questionWords.has(mention.toLowerCase().replace(/['’]s$/, ''));
}

/**
 * Whether none of a person's name words is among the question's: "Johann Sebastian Bach" is the Bach of "the
 * lost Bach cantata", "Elvis Presley" the Elvis of "Elvis's number one".
 */
function isNewPerson(name: string, questionWords: ReadonlySet<string>): boolean {
  for (const word of name.match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (questionWords.has(word.toLowerCase())) return false;
  }
  return true;
}

/** Whether a capitalised word of `name` is not among the question's words ("European Regions Airline Association"). */
function hasNewWord(name: string, questionWords: ReadonlySet<string>): boolean {
  for (const word of name.match(/\p{Lu}[\p{L}\p{N}]*/gu) ?? []) {
    if (!questionWords.has(word.toLowerCase())) return true;
  }
  return false;
}

/**
 * A word that puts a place after it: "in Melbourne", "at the Aston factory in Gaydon", "MP for Richmond". Not
 * "according to", which puts a source after it ("according to Reuters").
 */
const LOCATIVE =
  /\b(?:in|at|near|from|outside|inside|across|around|into|(?<!\baccording\s)to|towards|for)\s+(?:the\s+)?$/i;

/**
 * How a place question fits a sentence whose new capitalised words (no part of a person's name) all stand
 * elsewhere than after a word that puts a place after it. On the news tuning half (first quote right, of 163):
 * 1 (any new capitalised word, as before, a person's too) 109; 0.75 110; 0.5 110; 0.25 109; 0 110. The middle:
 * a place may be named without a preposition ("the Richmond MP"), and the sentence's first word is never tagged.
 */
const PLACE_FIT = { plain: 0.5 } as const;

/**
 * How well `text[span]` fits a place question, from 0 to 1: 1 with a capitalised word new to the question, no
 * part of a person's name, right after a word that puts a place after it (see LOCATIVE: "filming is due to
 * begin in **Melbourne**"); PLACE_FIT.plain with one anywhere else; 0 with none ("Actress Julia Roberts will
 * play a spider" names no place).
 */
export function placeTypeFit(
  text: string,
  span: Span,
  tagged: readonly TaggedRange[],
  questionWords: ReadonlySet<string>,
): number {
  const people: number[] = [];
  for (const range of tagged) {
    for (const tag of range.tags) {
      if (tagKindOf(tag) !== TagKind.person) continue;
      people.push(tagStartOf(tag, range.start), tagEndOf(tag, range.start));
    }
  }
  let best = 0;
  const afterLocative = someFreshPlainName(text, span, tagged, people, questionWords, (start) => {
    if (LOCATIVE.test(text.slice(Math.max(span.start, start - 16), start))) return true;
    best = PLACE_FIT.plain;
    return false;
  });
  return afterLocative ? 1 : best;
}
