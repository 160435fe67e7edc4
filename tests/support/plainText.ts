/**
 * Undoes what the renderer adds to article text: the "> " of quote lines, `**` bold markers and backslash
 * escapes. What remains is what a Discord user sees, character for character.
 */
export function plainText(markdown: string): string {
  let out = '';
  for (let i = 0; i < markdown.length; i++) {
    const ch = markdown.charAt(i);
    if (ch === '\\' && i + 1 < markdown.length) {
      out += markdown.charAt(i + 1);
      i++;
    } else if (ch === '*' && markdown.charAt(i + 1) === '*') {
      i++;
    } else {
      out += ch;
    }
  }
  return out;
}

/** The quote lines ("> ...") of a rendered excerpt, joined with newlines and made plain. */
export function quotedText(description: string): string {
  return description
    .split('\n')
    .filter((line) => line.startsWith('> '))
    .map((line) => plainText(line.slice(2)))
    .join('\n');
}
