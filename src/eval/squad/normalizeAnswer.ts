/**
 * SQuAD's answer normalisation (the official `evaluate-v1.1.py`): lowercase, drop ASCII punctuation,
 * drop the articles "a", "an", "the", and collapse whitespace. Scoring compares these strings, never offsets.
 */
export function normalizeAnswer(text: string): string {
  return text
    .toLowerCase()
    .replace(/[!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~]/g, '')
    .replace(/\b(a|an|the)\b/g, ' ')
    .split(/\s+/)
    .filter((word) => word.length > 0)
    .join(' ');
}

/**
 * True when the normalised excerpt contains one of the normalised gold answers as whole words
 * (so the answer "1" is not found inside "1990"). Empty answers never match.
 */
export function excerptContainsAnswer(excerpt: string, answers: readonly string[]): boolean {
  const haystack = ` ${normalizeAnswer(excerpt)} `;
  return answers.some((answer) => {
    const needle = normalizeAnswer(answer);
    return needle.length > 0 && haystack.includes(` ${needle} `);
  });
}
