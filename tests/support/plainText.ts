/** A link in angle brackets, which Discord shows as the bare URL, characters as they are. */
const BRACKETED_URL = /^<(https?:\/\/[^\s<>]+)>/;

/**
 * Undoes what the renderer adds to article text: the "> " of quote lines, `**` bold markers and backslash
 * escapes, and the angle brackets around links. What remains is what a Discord user sees, character for character.
 */
export function plainText(markdown: string): string {
  let out = '';
  for (let i = 0; i < markdown.length; i++) {
    const ch = markdown.charAt(i);
    const url = ch === '<' ? BRACKETED_URL.exec(markdown.slice(i)) : null;
    if (url) {
      out += url[1];
      i += url[0].length - 1;
    } else if (ch === '\\' && i + 1 < markdown.length) {
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

/** A shown quote without the "…" the renderers add on a side cut from a longer sentence (Excerpt.cut). */
export function withoutCutMarks(shown: string): string {
  return shown.replace(/^…/, '').replace(/…$/, '');
}
