import { processTerm, tokenize } from '../index/terms.js';

/** "Who leads UKIP?", "Who sang…", "Who chairs…": a question about the person doing something. */
const WHO_DOES = /^\s*who\s+(?!is\b|are\b|was\b|were\b|will\b|would\b|did\b|does\b|do\b|has\b|have\b|had\b)/i;

/**
 * The index terms of the agent nouns of the verb that a "who" question asks about, each → the index of the
 * verb's term in `terms` ("Who leads UKIP?": "leader" → the index of "lead"; "Who sings in The Bravery?":
 * "singer"; "Who chairs the committee?": "chairman"). News names the person by the role beside the name
 * ("UKIP leader Roger Knapman", "Singer Sam Endicott"), and the Porter stemmer keeps "leader" apart from
 * "lead". Only the word right after "who" is read as the verb, and only when it is no auxiliary. The ranker
 * lets an agent noun stand for the verb only right before a name: "teachers" in general do not answer "Who
 * teaches in secondary schools?" (on SQuAD, matched everywhere they lost that question).
 */
export function agentNounHits(question: string, terms: readonly string[]): Map<string, number> {
  const hits = new Map<string, number>();
  const who = WHO_DOES.exec(question);
  if (!who) return hits;
  const verb = tokenize(question.slice(who[0].length))[0];
  const term = verb === undefined ? null : processTerm(verb);
  const index = term === null ? -1 : terms.indexOf(term);
  if (term === null || index < 0) return hits;
  for (const noun of [`${term}er`, `${term}r`, `${term}man`, `${term}woman`]) {
    const nounTerm = processTerm(noun);
    if (nounTerm !== null && nounTerm !== term && !hits.has(nounTerm)) hits.set(nounTerm, index);
  }
  return hits;
}

/**
 * Whether `tokens[i]` stands right before a name, as a role does ("UKIP **leader** Roger Knapman", "UKIP's
 * **leader**, Roger Knapman"): the next token is capitalised, with nothing but spaces or a comma between, so
 * never across a sentence's end ("a new **leader**. Polls open…"). `tokens` hold offsets into `text`.
 */
export function standsBeforeName(
  text: string,
  tokens: readonly { readonly start: number; readonly end: number }[],
  i: number,
): boolean {
  const token = tokens[i];
  const next = tokens[i + 1];
  if (!token || !next) return false;
  return (
    /^[\s,]*$/.test(text.slice(token.end, next.start)) && /^\p{Lu}/u.test(text.slice(next.start, next.end))
  );
}
