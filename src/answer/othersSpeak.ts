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

/** Whether `quote` attributes words to unnamed others (see OTHER_SPEAKERS). */
export function othersSpeak(quote: string): boolean {
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
