/** Length of a title made from the first words when an article has no headline, in characters. */
export const MAX_DERIVED_TITLE_CHARS = 80;

/**
 * A title for an article that gives none: its first words, cut at a word boundary with an ellipsis and no
 * trailing punctuation; null when the text has no words.
 */
export function titleFromWords(body: string): string | null {
  const flat = body.replace(/\s+/g, ' ').trim();
  if (flat.length === 0) return null;
  if (flat.length <= MAX_DERIVED_TITLE_CHARS) return flat;
  const cut = flat.slice(0, MAX_DERIVED_TITLE_CHARS + 1);
  const lastSpace = cut.lastIndexOf(' ');
  const words = (lastSpace > 20 ? cut.slice(0, lastSpace) : cut.slice(0, MAX_DERIVED_TITLE_CHARS)).replace(
    /[\s,;:.\-–—]+$/,
    '',
  );
  return `${words}…`;
}
