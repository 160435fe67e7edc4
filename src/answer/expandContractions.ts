/** What each contraction stands for, as far as searching goes: every one of them is a stop word. */
const EXPANDED: Readonly<Record<string, string>> = { d: 'did', ll: 'will', ve: 'have', re: 'are', m: 'am' };

/**
 * A contraction: a pronoun, a wh-word or a modal and its 'd, 'll, 've, 're or 'm. Only these words contract in
 * writing; after another word an apostrophe is a name's ("Sa'd Hariri"), which must stay whole.
 */
const CONTRACTION =
  /\b(i|you|he|she|it|we|they|who|what|which|where|when|why|how|that|there|here|this|these|those|could|should|would|might|must)['’](d|ll|ve|re|m)\b/giu;

/**
 * `question` with its contractions written out: "What'd Macron tell Putin?" asks "What did Macron tell
 * Putin?". The index keeps a word's apostrophe ("what'd" is one term, found in no article), so a contraction
 * weighed as much as an unknown name. "'s" is left alone: the index reads it as a possessive and drops it.
 */
export function expandContractions(question: string): string {
  return question.replace(CONTRACTION, (_, word: string, short: string) => {
    return `${word} ${EXPANDED[short.toLowerCase()] ?? short}`;
  });
}
