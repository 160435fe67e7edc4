import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  escapeMarkdown,
  fitQuoteBlock,
  fitRendered,
  inlineLabel,
  quoteBlock,
  truncate,
} from '../../src/discord/markdown.js';
import { plainText, quotedText } from '../support/plainText.js';

describe('escapeMarkdown', () => {
  test.each([
    [
      '*bold* _it_ `code` ~~strike~~ ||spoiler||',
      '\\*bold\\* \\_it\\_ \\`code\\` \\~\\~strike\\~\\~ \\|\\|spoiler\\|\\|',
    ],
    ['a > b', 'a \\> b'],
    ['<@123> and <t:1:R>', '\\<@123\\> and \\<t:1:R\\>'],
    ['[link](x)', '\\[link\\](x)'],
    ['back\\slash', 'back\\\\slash'],
  ])('escapes %j', (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });

  test('escapes headings, lists and numbered lists only at the start of a line', () => {
    expect(escapeMarkdown('# Title\n- item\n  + item\n12. item\nwell-known #1 in 2.5')).toBe(
      '\\# Title\n\\- item\n  \\+ item\n12\\. item\nwell-known #1 in 2.5',
    );
  });

  test('leaves URLs unescaped, in angle brackets so the link ends where the URL does', () => {
    expect(escapeMarkdown('see https://example.com/a_b*c for *more*')).toBe(
      'see <https://example.com/a_b*c> for \\*more\\*',
    );
    expect(escapeMarkdown('https://e.com/x<@1>')).toBe('<https://e.com/x>\\<@1\\>');
  });

  test('shows every text exactly: removing the escapes gives the text back', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
        expect(plainText(escapeMarkdown(text))).toBe(text);
      }),
    );
  });
});

describe('quoteBlock', () => {
  test('prefixes every line with "> " and bolds the highlighted words', () => {
    const quote = 'Russia had assembled\nsome 150,000 troops';
    expect(
      quoteBlock(quote, [
        { start: 0, end: 6 },
        { start: 34, end: 40 },
      ]),
    ).toBe('> **Russia** had assembled\n> some 150,000 **troops**');
  });

  test('closes bold at a line end, and keeps spaces outside the markers', () => {
    expect(quoteBlock('one two\nthree', [{ start: 3, end: 13 }])).toBe('> one **two**\n> **three**');
  });

  test('clips highlights outside the quote and merges overlapping ones', () => {
    expect(
      quoteBlock('abc def', [
        { start: 4, end: 99 },
        { start: -5, end: 2 },
        { start: 1, end: 3 },
      ]),
    ).toBe('> **abc** **def**');
  });

  test('the quoted text is the quote, character for character, for any text and highlights', () => {
    const span = fc.record({
      start: fc.integer({ min: -5, max: 300 }),
      end: fc.integer({ min: -5, max: 300 }),
    });
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 300 }),
        fc.array(span, { maxLength: 8 }),
        (quote, spans) => {
          const normalised = quote.replace(/\r\n/g, '\n');
          expect(quotedText(quoteBlock(quote, spans))).toBe(normalised);
        },
      ),
    );
  });
});

describe('fitting to a length', () => {
  test('truncate never splits a surrogate pair nor leaves an escaping backslash before the ellipsis', () => {
    expect(truncate('ab😀cd', 4)).toBe('ab…');
    expect(truncate('ab\\\\cd', 5)).toBe('ab…');
    expect(truncate('short', 5)).toBe('short');
  });

  test('fitRendered shortens the text, not the markup, and ends at a word when one is near', () => {
    const out = fitRendered('alpha *beta* gamma delta', 16, escapeMarkdown);
    expect(out).toBe('alpha \\*beta\\*…');
    expect(out.length).toBeLessThanOrEqual(16);
  });

  test('any quote fits any budget, and what is shown is a prefix of the quote', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 400 }),
        fc.integer({ min: 0, max: 500 }),
        (quote, max) => {
          const out = fitQuoteBlock(quote, [{ start: 0, end: 5 }], max);
          expect(out.length).toBeLessThanOrEqual(max);
          if (out !== '') {
            const shown = quotedText(out);
            const text = quote.replace(/\r\n/g, '\n');
            expect(shown === text || (shown.endsWith('…') && text.startsWith(shown.slice(0, -1)))).toBe(true);
          }
        },
      ),
    );
  });

  test('inlineLabel flattens lines and escapes', () => {
    expect(inlineLabel('A *big*\n  day', 100)).toBe('A \\*big\\* day');
  });
});
