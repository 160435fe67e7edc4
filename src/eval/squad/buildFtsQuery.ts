import { contentWords } from './baselineTerms.js';

/**
 * The FTS5 baseline's MATCH expression for a question: its distinct non-stop words, each a quoted string,
 * OR-ed (`"denver" OR "broncos"`). Quoting makes every word a literal, so the question's punctuation, hyphens,
 * apostrophes and FTS keywords (AND, NOT, NEAR) can never be read as query syntax. Returns null when the
 * question has no content words (the baseline then returns nothing).
 */
export function buildFtsQuery(question: string): string | null {
  // Words hold only letters, marks and digits, so they contain no `"` to escape.
  const words = contentWords(question);
  return words.length === 0 ? null : words.map((word) => `"${word}"`).join(' OR ');
}
