/** The letters a slip may put in a word: the English alphabet (a question's slips are typed on such keyboards). */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Every word one typing slip away from `word` (lowercase letters): a letter missing, extra or wrong, or two
 * neighbouring letters swapped, as `isOneSlipApart` counts them; without `word` itself and without repeats.
 * For a word of n letters that is at most 53n + 25 words (some 400 for "comming"), so a question's few unknown
 * words are cheap to try this way, where an edit-distance scan of the corpus's terms cannot reach a mangled
 * stem ("comming" stems to "com", "coming" to "come").
 */
export function slipVariants(word: string): string[] {
  const found = new Set<string>();
  for (let i = 0; i <= word.length; i++) {
    const before = word.slice(0, i);
    const after = word.slice(i);
    if (i < word.length) found.add(before + after.slice(1));
    if (i + 1 < word.length) found.add(before + after.charAt(1) + after.charAt(0) + after.slice(2));
    for (const letter of LETTERS) {
      found.add(before + letter + after);
      if (i < word.length) found.add(before + letter + after.slice(1));
    }
  }
  found.delete(word);
  return [...found];
}
