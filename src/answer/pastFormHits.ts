import { processTerm, tokenize } from '../index/terms.js';

/**
 * Common irregular English verbs, base form → past forms. Only forms that are seldom another word are listed
 * ("left", "saw", "found" and "lay" are not).
 */
const PAST_FORMS: Readonly<Record<string, readonly string[]>> = {
  become: ['became'],
  begin: ['began', 'begun'],
  break: ['broke', 'broken'],
  bring: ['brought'],
  build: ['built'],
  buy: ['bought'],
  catch: ['caught'],
  choose: ['chose', 'chosen'],
  come: ['came'],
  // Regular, but the Porter stemmer cuts "died" to "di" and leaves "die" whole.
  die: ['died'],
  draw: ['drew', 'drawn'],
  drive: ['drove', 'driven'],
  fall: ['fell', 'fallen'],
  feel: ['felt'],
  fight: ['fought'],
  fly: ['flew', 'flown'],
  give: ['gave', 'given'],
  grow: ['grew', 'grown'],
  hold: ['held'],
  keep: ['kept'],
  know: ['knew', 'known'],
  lead: ['led'],
  lose: ['lost'],
  make: ['made'],
  mean: ['meant'],
  meet: ['met'],
  pay: ['paid'],
  rise: ['rose', 'risen'],
  run: ['ran'],
  seek: ['sought'],
  sell: ['sold'],
  send: ['sent'],
  speak: ['spoke', 'spoken'],
  spend: ['spent'],
  stand: ['stood'],
  strike: ['struck'],
  take: ['took', 'taken'],
  teach: ['taught'],
  tell: ['told'],
  think: ['thought'],
  throw: ['threw', 'thrown'],
  understand: ['understood'],
  win: ['won'],
  write: ['wrote', 'written'],
};

/** Index term of a base form → index terms of its past forms; built on first use. */
let byTerm: Map<string, readonly string[]> | null = null;

function pastFormTermsOf(term: string): readonly string[] {
  byTerm ??= new Map(
    Object.entries(PAST_FORMS).map(([base, forms]) => [
      processTerm(base) ?? base,
      forms.map((form) => processTerm(form) ?? form),
    ]),
  );
  return byTerm.get(term) ?? [];
}

/** An auxiliary after which a verb stands in its base form: "What **did** Macron tell Putin?". */
const AUXILIARY = /\b(?:did|does|do|didn['’]t|doesn['’]t|don['’]t|will|would|can|could|should)\b/i;

/**
 * The past forms' index terms of the irregular verbs that `question` asks in the base form after an
 * auxiliary, each → the index of its question term in `terms` ("What did Macron tell Putin?": "told" → the
 * index of "tell"). News reports "told" and "met" where the question, after "did", says "tell" and "meet",
 * and the Porter stemmer joins only regular forms ("talked" → "talk"). A question without the auxiliary
 * ("Which firm is Microsoft buying?", "Who won?") asks in the form the article may use, and is left alone.
 */
export function pastFormHits(question: string, terms: readonly string[]): Map<string, number> {
  const hits = new Map<string, number>();
  const auxiliary = AUXILIARY.exec(question);
  if (!auxiliary) return hits;
  for (const raw of tokenize(question.slice(auxiliary.index + auxiliary[0].length))) {
    const term = processTerm(raw);
    const index = term === null ? -1 : terms.indexOf(term);
    if (index < 0) continue;
    for (const past of pastFormTermsOf(term as string)) if (!hits.has(past)) hits.set(past, index);
  }
  return hits;
}
