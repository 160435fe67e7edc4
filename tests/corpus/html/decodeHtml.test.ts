import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeWindows1252 } from '../../../src/corpus/html/decodeHtml.js';
import { latin1Page } from '../../support/webFixtures.js';

const ascii = (text: string): Uint8Array => Buffer.from(text, 'latin1');

describe('decodeHtml: the WHATWG order (BOM, HTTP header, <meta>)', () => {
  it('reads "ISO-8859-1" as windows-1252, so 0x93/0x94 are curly quotes and 0x80 the euro sign', () => {
    const { html, encoding, source } = decodeHtml(latin1Page());
    expect(encoding).toBe('windows-1252');
    expect(source).toBe('meta');
    expect(html).toContain('\u201cWe have changed everything since the inspection \u2013 the fridges');
    expect(html).toContain('caf\u00e9 were fined \u20ac4,000');
  });

  it('prefers a BOM to the HTTP header and the <meta>', () => {
    const bytes = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from('<meta charset="iso-8859-1">caf\u00e9'),
    ]);
    expect(decodeHtml(bytes, 'windows-1252')).toMatchObject({
      encoding: 'utf-8',
      source: 'bom',
      html: '<meta charset="iso-8859-1">caf\u00e9',
    });
  });

  it('reads UTF-16 with a BOM', () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>caf\u00e9</p>', 'utf16le')]);
    expect(decodeHtml(bytes).html).toBe('<p>caf\u00e9</p>');
  });

  it('prefers the HTTP header charset to the <meta>', () => {
    const bytes = Buffer.from('<meta charset="utf-8"><p>caf\u00e9</p>', 'utf8');
    expect(decodeHtml(bytes, 'utf-8')).toMatchObject({ source: 'header', encoding: 'utf-8' });
    expect(decodeHtml(ascii('<meta charset="utf-8"><p>caf\u00e9</p>'), 'latin1').html).toContain('caf\u00e9');
  });

  it('ignores an unknown header charset and a charset in a comment, and a <meta content> without http-equiv', () => {
    expect(
      decodeHtml(ascii('<!-- <meta charset="shift_jis"> --><meta charset="latin1">'), 'bogus').source,
    ).toBe('meta');
    expect(decodeHtml(ascii('<meta name="x" content="charset=latin1"><p>caf\u00e9</p>')).encoding).toBe(
      'windows-1252',
    );
    expect(decodeHtml(ascii('<meta name="x" content="charset=latin1"><p>caf\u00e9</p>')).source).toBe(
      'windows-1252 fallback',
    );
  });

  it('reads undeclared bytes as UTF-8 when they are valid UTF-8, else as windows-1252', () => {
    expect(decodeHtml(Buffer.from('<p>caf\u00e9 \u2013 ok</p>'))).toMatchObject({
      encoding: 'utf-8',
      html: '<p>caf\u00e9 \u2013 ok</p>',
    });
    expect(decodeHtml(Buffer.from([0x93, 0x68, 0x69, 0x94]))).toMatchObject({
      encoding: 'windows-1252',
      html: '\u201chi\u201d',
    });
  });
});

describe('decodeWindows1252', () => {
  it('maps 0x80-0x9F to the characters windows-1252 defines and keeps Latin-1 elsewhere', () => {
    expect(decodeWindows1252(Uint8Array.from([0x80, 0x85, 0x91, 0x92, 0x97, 0x41, 0xe9, 0xff]))).toBe(
      '\u20ac\u2026\u2018\u2019\u2014A\u00e9\u00ff',
    );
  });
});
