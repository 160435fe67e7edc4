import type { Span } from '../passages/Span.js';
import { splitSentences } from '../passages/splitSentences.js';
import {
  ACCORDING,
  BUT_THEN_VERB,
  COMMA_PARTICIPLE,
  NAME_FIRST,
  NAME_RUN,
  NAME_THEN_BUT,
  NAME_THEN_PARTICIPLE,
  PRONOUN,
  UNNAMED_SAID,
  SPACE,
  SPEECH_VERB,
  SPOKESMAN,
  SUBORDINATE,
  VERB_FIRST,
} from './attributionPatterns.js';
import { othersSpeak } from './othersSpeak.js';
import { insideQuotation, sentenceBeforeIn, SENTENCE_END } from './sentenceBeforeIn.js';
import { distinctPeople, fullName, keyOf, nameOf, wordsAt } from './personNames.js';
import { isTitle, NOT_NAME, ROLE } from './speakerWords.js';

/**
 * Who a quote is attributed to, read from the article's own words, for the source line ("— Emmanuel Macron,
 * in …"). Never a guess: a quote gets a speaker only when its text names exactly one: "X said", "said X"
 * (after a quotation or comma), "X told…", "X has backed it, saying…", "according to X", "X's spokesman said"
 * (the spokesman's words, not X's), or "he/she said" when the sentence just before
 * names exactly one person. A quote that also gives words of unnamed others ("analysts said") or of a second
 * person, in any of its sentences, gets none.
 *
 * A speaker is shown by name without a title: "Russian President Vladimir Putin said" gives "Vladimir
 * Putin". Titles vary from article to article and can be long ("Deputy High Court Judge"), the name is what
 * a reader scans for, and the title stays in the quote. A bare title ("the U.S. president said", "the German
 * chancellor said") names no one, so gives no speaker. A surname is given in full when the article names
 * exactly one person of that surname in full ("Putin said" → "Vladimir Putin").
 *
 * `quote` is the quote's span in the article's `text`; `before` the sentence just before it in the same
 * article, when there is one (for "he said"). Undefined means the text does not say, or not surely.
 */
export function speakerOf(text: string, quote: Span, before?: Span): string | undefined {
  const quoted = text.slice(quote.start, quote.end);
  const said = attributionsIn(quoted, text);
  const first = said[0];
  if (!first) return undefined;
  // "Acme said sales rose, but analysts said …": words of someone unnamed too, so the quote is no one's alone
  // (checked before the sentence before is read for a "he").
  if (othersSpeak(quoted)) return undefined;
  const named = said.filter((a): a is Named => a.kind === 'named');
  // "He said if Russia invades … "there will be no Nord Stream 2," Biden said.": one sentence, one speaker.
  // The slice takes the name's first letter: a sentence end is only one before a capital ('he said. Police said').
  const sameSentence = named[0] !== undefined && !SENTENCE_END.test(quoted.slice(first.at, named[0].at + 1));
  // A pronoun before any name in another sentence ("He said …. Biden said …") continues the sentence before:
  // the quote's own when the pronoun is past its first sentence (see withNextSentence), else the one before.
  const opening =
    first.kind === 'pronoun' && !sameSentence
      ? pronounSpeaker(text, sentenceBeforeIn(quoted, quote, first.at) ?? before)
      : undefined;
  if (first.kind === 'pronoun' && !sameSentence && opening === undefined) return undefined;
  const people = distinctPeople([...(opening ? [opening] : []), ...named.map((n) => n.name)]);
  const [only] = people;
  if (people.length !== 1 || only === undefined) return undefined;
  const speaker = fullName(text, only);
  return everySentenceSpeaks(text, quote, speaker) ? speaker : undefined;
}

/**
 * Whether each sentence of a quote reports speech (a verb of speech, words opening with a quotation mark, or
 * words inside a quotation its paragraph opened before it: '"We will fight. We will win," he said.') or names
 * `speaker` (whom the words that follow continue: "Kerr has his wish. He said…"). A sentence telling other news
 * in the reporter's words is no one's: "The Senate approved the plan by 74 to 25. Sen. Harry Reid said the vote
 * showed…" is not Reid's.
 */
function everySentenceSpeaks(text: string, quote: Span, speaker: string): boolean {
  const surname = speaker.slice(speaker.lastIndexOf(' ') + 1);
  return splitSentences(text, quote.start, quote.end).every((span) => {
    const sentence = text.slice(span.start, span.end);
    if (/^["“‘']/.test(sentence) || SPEECH_VERB.test(sentence) || sentence.includes(surname)) return true;
    const paragraphStart = text.lastIndexOf('\n\n', span.start) + 1;
    return insideQuotation(text.slice(paragraphStart, span.start));
  });
}

interface Named {
  readonly kind: 'named';
  readonly name: string;
  /** Where the attribution starts in the searched text, to keep them in reading order. */
  readonly at: number;
}
type Attribution = Named | { readonly kind: 'pronoun'; readonly at: number };

/**
 * Every attribution in `quote`, in reading order. `text` is the whole article, where a one-word name must
 * show itself a name (see `isProperNoun`).
 */
function attributionsIn(quote: string, text: string): Attribution[] {
  const found: Attribution[] = [];
  const add = (at: number, run: string | undefined, suffix = ''): void => {
    const name = run === undefined ? undefined : nameOf(run);
    if (name === undefined || (name.words === 1 && !name.titled && !isProperNoun(text, name.name))) return;
    found.push({ kind: 'named', name: `${name.name}${suffix}`, at });
  };
  // Each pattern runs only where its fixed words occur: V8 compiles a pattern at its first use, twice (once to
  // bytecode, again to machine code), ~1-4 ms each for these, a good part of a one-question CLI run.
  if (quote.includes('spokes')) {
    for (const m of quote.matchAll(SPOKESMAN)) add(m.index, m[1], `${m[2]}s ${m[3]}`);
  }
  const verb = SPEECH_VERB.test(quote);
  if (verb) {
    for (const m of quote.matchAll(NAME_FIRST)) {
      // "Putin's spokesman said" is the spokesman's: counted above.
      if (!/['’]s$/.test(m[1] ?? '') && startsClause(quote, m.index)) add(m.index, m[1]);
    }
  }
  // The costliest pattern (~0.2 ms on a 200-character quote): only where "but/and (also) <verb>" occurs.
  if (verb && BUT_THEN_VERB.test(quote)) {
    for (const m of quote.matchAll(NAME_THEN_BUT)) {
      if (!SUBORDINATE.test(m[0]) && !/['’]s$/.test(m[1] ?? '')) add(m.index, m[1]);
    }
  }
  if (COMMA_PARTICIPLE.test(quote)) for (const m of quote.matchAll(NAME_THEN_PARTICIPLE)) add(m.index, m[1]);
  if (verb) for (const m of quote.matchAll(VERB_FIRST)) add(m.index, m[1]);
  if (quote.includes('ccording to')) for (const m of quote.matchAll(ACCORDING)) add(m.index, m[1]);
  if (verb && /\b[hH]e\b|\b[sS]he\b/.test(quote)) {
    for (const m of quote.matchAll(PRONOUN)) found.push({ kind: 'pronoun', at: m.index });
  }
  return found.sort((a, b) => a.at - b.at);
}

/** Whether a name found at `at` in `quote` starts a clause: after punctuation, at the start, or after a role. */
function startsClause(quote: string, at: number): boolean {
  const before = quote.slice(0, at).trimEnd();
  if (before === '' || /[.!?:;,"“”’'(—–-]$/.test(before)) return true;
  // A new clause after a comma: "…, but Wenger said:", "…, and Wenger said". Not without the comma: "He met
  // Blair and Brown said …" may be both of them.
  if (/,\s*(?:but|and|although|though|while|yet)$/i.test(before)) return true;
  if (!ROLE.has(/([\p{L}-]+)$/u.exec(before)?.[1]?.toLowerCase() ?? '')) return false;
  // "an associate of former Acme boss Jim Brown told": the role and name follow a preposition, so the name is
  // its object, not the subject. The role's own words (titles, capitalised words, "former") are skipped first.
  const words = before.split(/\s+/);
  let i = words.length - 1;
  while (
    i >= 0 &&
    (isTitle(words[i] ?? '') || /^\p{Lu}/u.test(words[i] ?? '') || ROLE_MODIFIER.has(words[i] ?? ''))
  )
    i--;
  // A preposition after a capitalised word is inside a body's name ("Commission for Racial Equality chairman").
  return !PREPOSITION.has(words[i] ?? '') || /^\p{Lu}/u.test(words[i - 1] ?? '');
}

/** Lowercase words inside a role before a name ("the former chief executive"). */
const ROLE_MODIFIER = new Set([
  'former',
  'the',
  'then',
  'new',
  'acting',
  'interim',
  'its',
  'their',
  'his',
  'her',
]);
/** Prepositions that make the role and name after them an object ("a friend of", "talks with"). */
const PREPOSITION = new Set('of to with for by from against about at on into than'.split(' '));

/**
 * Whether `word` is a name in `text`: capitalised somewhere after a lowercase word, a quotation ending in a
 * comma, or as the last word of a longer name ("Vladimir Putin"), not only where a sentence starts
 * ("Prosecutors had argued" is no name; "Putin said" is when "talks with Putin" is in the article).
 */
function isProperNoun(text: string, word: string): boolean {
  for (const at of wordsAt(text, word)) {
    const previous = PREVIOUS_WORD.exec(text.slice(Math.max(0, at - 40), at))?.[1];
    if (previous !== undefined && isNameEvidence(previous)) return true;
  }
  return false;
}

/** The word before a position in the same paragraph (a title's last word is not before the text's first). */
const PREVIOUS_WORD = new RegExp(`(\\S+)${SPACE}$`, 'u');

/** Whether a capitalised word after `previous` (the token before it) shows that word is a name. */
function isNameEvidence(previous: string): boolean {
  // '"…," Biden said': after a quotation that ends in a comma the sentence goes on.
  if (/[,;:]["”’]$/.test(previous)) return true;
  const word = /^\p{L}[\p{L}.'’-]*(?=[,;:]?$)/u.exec(previous)?.[0];
  // After a full stop the word starts a sentence: capitalised whether a name or not.
  if (word === undefined || /[.!?]$/.test(word)) return false;
  return /^\p{Ll}/u.test(word) || !NOT_NAME.has(word.toLowerCase());
}

/**
 * Who "he"/"she" is: the one person the sentence `before` names, or undefined when it names none or several.
 * A person for sure is a name after a title ("Chancellor Olaf Scholz"), or one the article attributes speech
 * to and gives in full somewhere ("Putin" after "Vladimir Putin said"); "Microsoft said" makes Microsoft no
 * "he". Any other run of two or more capitalised words ("United States", "BBC Radio") may be a person too:
 * it makes "several" (better no speaker than a wrong one) but is never the speaker.
 */
/** Characters read on each side of a name when looking for an attribution of it ("said Foreign Secretary …"). */
const ATTRIBUTION_REACH = 120;

/**
 * `name` in its longest form when `text` attributes speech to that person somewhere (not as a spokesman's
 * master), else undefined. Only the text around each mention of the surname is read.
 */
function knownSpeaker(text: string, name: string): string | undefined {
  const key = keyOf(name);
  const surname = name.slice(name.lastIndexOf(' ') + 1);
  for (const at of wordsAt(text, surname)) {
    const near = text.slice(Math.max(0, at - ATTRIBUTION_REACH), at + surname.length + ATTRIBUTION_REACH);
    const said = attributionsIn(near, text).some((a) => a.kind === 'named' && keyOf(a.name) === key);
    if (said) return fullName(text, name);
  }
  return undefined;
}

/**
 * Characters from a sentence's start within which its subject's name begins, titles included ("Tory shadow
 * chancellor Oliver Letwin").
 */
const SUBJECT_REACH = 48;

function pronounSpeaker(text: string, before: Span | undefined): string | undefined {
  if (!before) return undefined;
  const sentence = text.slice(before.start, before.end);
  // '… Mr Blair has the same passion, he said. He said: …': a sentence that is itself a "he said" continues
  // someone named further back; the person it names is what was said about, not who said it.
  const said = attributionsIn(sentence, text);
  if (said.some((a) => a.kind === 'pronoun')) return undefined;
  // Someone the sentence before quotes by name: the "he" who goes on.
  const speakers = distinctPeople(said.flatMap((a) => (a.kind === 'named' ? [a.name] : [])));
  if (speakers.length > 0) return speakers.length === 1 ? speakers[0] : undefined;
  // '"…," the spokesman said. He added …': the "he" is someone the text does not name here; nor does "He went
  // on to accuse Mr Brown …", whose subject is a "he" from further back.
  if (UNNAMED_SAID.test(sentence) || /^\W*(?:he|she|they)\b/i.test(sentence)) return undefined;
  const sure: string[] = [];
  const maybe: string[] = [];
  for (const m of sentence.matchAll(NAME_RUN)) {
    // Else only its subject, named near its start: not the person it is about ("… repaid £500,000 to Lord
    // Ashcroft", "He urged the chancellor, Gordon Brown, …").
    if (m.index > SUBJECT_REACH) break;
    const name = nameOf(m[0].replace(/['’]s$/, ''));
    if (name === undefined) continue;
    const known = knownSpeaker(text, name.name);
    if (name.titled) sure.push(known ?? name.name);
    else if (known !== undefined && /\s/.test(known)) sure.push(known);
    else if (name.words >= 2 || known !== undefined) maybe.push(name.name);
  }
  const people = distinctPeople([...sure, ...maybe]);
  const [only] = people;
  return people.length === 1 && only !== undefined && sure.some((n) => keyOf(n) === keyOf(only))
    ? only
    : undefined;
}
