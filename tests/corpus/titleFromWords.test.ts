import { describe, expect, it } from 'vitest';
import { MAX_DERIVED_TITLE_CHARS, titleFromWords } from '../../src/corpus/titleFromWords.js';

describe('titleFromWords', () => {
  it('keeps a short body whole, on one line', () => {
    expect(titleFromWords('  The harbour\nreopened on Monday.  ')).toBe('The harbour reopened on Monday.');
  });

  it('cuts a long body at a word boundary, drops trailing punctuation and adds "…"', () => {
    const body = `${'The council voted, after a long and heated debate about the sea wall, '.repeat(3)}today.`;
    const title = titleFromWords(body) ?? '';
    expect(title.length).toBeLessThanOrEqual(MAX_DERIVED_TITLE_CHARS + 1);
    expect(title).toMatch(/^The council voted, after a long .*\w…$/);
    expect(body.startsWith(title.slice(0, -1))).toBe(true);
  });

  it('is null for a body with no words', () => {
    expect(titleFromWords(' \n\t ')).toBeNull();
  });
});
