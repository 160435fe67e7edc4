/** What each contraction stands for, as far as searching goes: every one of them is a stop word. */
const EXPANDED: Readonly<Record<string, string>> = { d: 'did', ll: 'will', ve: 'have', re: 'are', m: 'am' };

/**
 * `question` with its contractions written out: "What'd Macron tell Putin?" asks "What did Macron tell
 * Putin?". The index keeps a word's apostrophe ("what'd" is one term, found in no article), so a contraction
 * weighed as much as an unknown name. "'s" is left alone: the index reads it as a possessive and drops it.
 */
export function expandContractions(question: string): string {
  return question.replace(/(\p{L})['’](d|ll|ve|re|m)\b/giu, (_, letter: string, short: string) => {
    return `${letter} ${EXPANDED[short.toLowerCase()] ?? short}`;
  });
}
