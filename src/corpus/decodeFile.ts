/** The outcome of decoding one file's bytes: text to index, or a reason to skip the file. */
export type DecodedFile =
  | { readonly kind: 'text'; readonly text: string; readonly encoding: 'utf-8' | 'latin1' }
  | { readonly kind: 'skip'; readonly reason: string };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decodes an article file: UTF-8 (a leading BOM removed), or Latin-1 when the bytes are not valid UTF-8.
 * Files that are empty, only white space, or binary (they contain a NUL byte) are skipped.
 */
export function decodeFile(bytes: Uint8Array): DecodedFile {
  if (bytes.length === 0) return { kind: 'skip', reason: 'empty file' };
  if (bytes.includes(0)) return { kind: 'skip', reason: 'binary file (contains NUL bytes)' };
  let text: string;
  let encoding: 'utf-8' | 'latin1';
  try {
    // With ignoreBOM false the decoder drops a leading BOM itself.
    text = UTF8.decode(bytes);
    encoding = 'utf-8';
  } catch {
    text = new TextDecoder('latin1').decode(bytes);
    encoding = 'latin1';
  }
  if (text.trim().length === 0) return { kind: 'skip', reason: 'only white space' };
  return { kind: 'text', text, encoding };
}
