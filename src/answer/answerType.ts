/**
 * The kind of answer a question asks for, read from its wording. Sentences that contain that kind of
 * thing (a number for "how many", a date for "when") are preferred among those that match equally well.
 */
export type AnswerType =
  'count' | 'duration' | 'date' | 'person' | 'place' | 'reason' | 'statement' | 'other';

/**
 * The words that only say what kind of answer is wanted ("how **long**", "what **year**"): they rarely occur
 * next to the answer ("after five hours of talks"), so they are left out of the search.
 */
export function typeWordsOf(question: string): string[] {
  const q = question.toLowerCase();
  const words: string[] = [];
  for (const match of q.matchAll(
    /\b(?:how (long)|(?:what|which|in what) (year|date|day|month|time|century|decade|number|percentage|amount))\b/g,
  )) {
    const word = match[1] ?? match[2];
    if (word) words.push(word);
  }
  return words;
}

export function answerTypeOf(question: string): AnswerType {
  const q = question.toLowerCase();
  if (/\bhow (?:many|much)\b|\bwhat (?:number|percentage|amount)\b/.test(q)) return 'count';
  if (/\bhow long\b|\bfor how\b/.test(q)) return 'duration';
  if (
    /\bwhen\b|\bwhat (?:year|date|day|month|time|century|decade)\b|\bwhich (?:year|date|day|month)\b/.test(q)
  ) {
    return 'date';
  }
  if (/\bwho(?:m|se)?\b/.test(q)) return 'person';
  if (
    /\bwhere\b|\bwhat (?:country|city|place|state|region)\b|\bwhich (?:country|city|place|state)\b/.test(q)
  ) {
    return 'place';
  }
  if (/\bwhy\b|\bwhat (?:caused|made|led)\b/.test(q)) return 'reason';
  if (/\b(?:say|said|says|tell|told|promise|promised|claim|claimed|think|thinks|vow|vowed)\b/.test(q)) {
    return 'statement';
  }
  return 'other';
}

const MONTH =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const DATE = new RegExp(
  `\\b${MONTH}\\b|\\b\\d{1,2} ${MONTH}\\b|\\b(?:1[0-9]|20)\\d{2}s?\\b|\\b${WEEKDAY}\\b|\\b(?:today|yesterday|tomorrow|tonight|next (?:week|month|year)|last (?:week|month|year))\\b|\\bcentury\\b`,
  'i',
);
const NUMBER =
  /\b\d[\d,.]*\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?|thousands?|millions?|billions?|half|several)\b/i;
const DURATION_UNIT = /\b(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?|centuries)\b/i;
const REASON =
  /\b(?:because|since|due to|as a result|in order to|so that|claiming|citing|owing to|caused by|reason)\b/i;
const QUOTE_MARK = /["“”]/;

/** The question's words, lowercase: what `answerTypeFit` must not mistake for the answer. */
export function questionWordsOf(question: string): ReadonlySet<string> {
  return new Set(question.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
}

/**
 * How well `text` fits the answer type, from 0 to 1. `questionWords` (see `questionWordsOf`) keep a name or
 * number the question itself contains from counting as the answer.
 */
export function answerTypeFit(type: AnswerType, text: string, questionWords: ReadonlySet<string>): number {
  switch (type) {
    case 'count':
      return NUMBER.test(stripShared(text, questionWords)) ? 1 : 0;
    case 'duration':
      return NUMBER.test(text) && DURATION_UNIT.test(text) ? 1 : DURATION_UNIT.test(text) ? 0.5 : 0;
    case 'date':
      return DATE.test(stripShared(text, questionWords)) ? 1 : 0;
    case 'person':
    case 'place':
      return hasNewName(text, questionWords) ? 1 : 0;
    case 'reason':
      return REASON.test(text) ? 1 : 0;
    case 'statement':
      return QUOTE_MARK.test(text) ? 1 : 0;
    case 'other':
      return 0;
  }
}

/** Removes from `text` the words that also occur in the question (case-insensitive). */
function stripShared(text: string, shared: ReadonlySet<string>): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => (shared.has(word.toLowerCase()) ? ' ' : word));
}

/** True when `text` has a capitalised word, not at a sentence start, that the question does not contain. */
function hasNewName(text: string, known: ReadonlySet<string>): boolean {
  for (const match of text.matchAll(/(?<=[\p{L}\p{N},;:)] )\p{Lu}[\p{L}'’-]+/gu)) {
    if (!known.has(match[0].toLowerCase().replace(/['’]s$/, ''))) return true;
  }
  return false;
}
