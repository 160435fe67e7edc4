// Whether a quote also gives words of unnamed others ("analysts said"): then it is no one named person's (see
// speakerOf.ts).
import { BETWEEN, VERB } from './attributionPatterns.js';
import { NOT_NAME } from './speakerWords.js';

/**
 * Unnamed people the text attributes speech to ("analysts said", "Critics argue"): another speaker than the
 * named one. Plural nouns only, listed: a bare "[a-z]+s" would take "has said" or "as he says".
 */
const OTHER_SPEAKERS = new RegExp(
  `\\b(?:${'analysts officials experts economists critics sources observers campaigners others unions investors traders dealers residents witnesses protesters opponents ministers executives researchers scientists doctors lawyers prosecutors fans supporters insiders'
    .split(' ')
    .map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`)
    .join('|')})\\s+${BETWEEN}${VERB}\\b`,
  'gu',
);

/**
 * Unnamed public bodies the text attributes speech to ("…, the government said", "Police said"): no person, so
 * a quote that also names one ("Health Secretary Anne Marsh said…" in the next sentence) is not that person's
 * alone. Only where a clause starts (the quote's start, after a sentence's end, a comma or a colon), with a
 * plain speech verb: inside someone's reported speech the body is what they speak of ("Marsh said the cuts the
 * government announced…", "Doe said the court told…"). A capitalised word before it makes it a named body,
 * which is left to the name patterns ("Thames Valley Police said"). Not "the company", "the club" or "the
 * statement": those are often the named speaker again ("Acme said… The company said…", "Smith said in a
 * statement. The statement said…").
 */
const UNNAMED_BODIES = new RegExp(
  `(?:^|[.!?]["”’]?\\s+|[,;:]["”’]?\\s+)(?:[Tt]he\\s+)?(?:${'government ministry department council court agency army military police authorities'
    .split(' ')
    .map((w) => `[${w.charAt(0)}${w.charAt(0).toUpperCase()}]${w.slice(1)}`)
    .join('|')})\\s+${BETWEEN}(?:said|says|told|tells|added|adds)\\b`,
  'u',
);

/** Whether `quote` attributes words to unnamed others (see OTHER_SPEAKERS and UNNAMED_BODIES). */
export function othersSpeak(quote: string): boolean {
  if (UNNAMED_BODIES.test(quote)) return true;
  for (const m of quote.matchAll(OTHER_SPEAKERS)) {
    // After a capitalised word that may be a name, a body the text names: "Finance Ministers said" ("But
    // analysts said" is still others).
    const previous = /(\S+)\s+$/.exec(quote.slice(0, m.index))?.[1] ?? '';
    if (!/^\p{Lu}/u.test(previous) || /[.!?:;,"”]$/.test(previous) || NOT_NAME.has(previous.toLowerCase())) {
      return true;
    }
  }
  return false;
}
