import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../src/corpus/decodeFile.js';

const bytes = (...values: number[]): Uint8Array => Uint8Array.from(values);
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

describe('decodeFile', () => {
  it('reads valid UTF-8 as UTF-8', () => {
    expect(decodeFile(utf8('Café in Kyiv — “talks”'))).toEqual({
      kind: 'text',
      text: 'Café in Kyiv — “talks”',
      encoding: 'utf-8',
    });
  });

  it('removes a leading byte order mark so offsets start at the first character', () => {
    const decoded = decodeFile(bytes(0xef, 0xbb, 0xbf, ...utf8('Headline')));
    expect(decoded).toEqual({ kind: 'text', text: 'Headline', encoding: 'utf-8' });
  });

  it('falls back to Latin-1 when the bytes are not valid UTF-8', () => {
    // "Café" with é as the single Latin-1 byte 0xE9, which is not valid UTF-8 on its own.
    const decoded = decodeFile(bytes(0x43, 0x61, 0x66, 0xe9));
    expect(decoded).toEqual({ kind: 'text', text: 'Café', encoding: 'latin1' });
  });

  it('skips an empty file', () => {
    expect(decodeFile(bytes())).toMatchObject({ kind: 'skip', reason: expect.stringMatching(/empty/) });
  });

  it('skips a file of only white space', () => {
    expect(decodeFile(utf8(' \n\t\r\n  '))).toMatchObject({
      kind: 'skip',
      reason: expect.stringMatching(/white space/),
    });
  });

  it('skips a binary file (one with a NUL byte)', () => {
    expect(decodeFile(bytes(0x50, 0x4b, 0x00, 0x03))).toMatchObject({
      kind: 'skip',
      reason: expect.stringMatching(/binary/),
    });
  });
});
