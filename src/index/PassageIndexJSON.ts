/** The persisted form of a PassageIndex (plain JSON; typed arrays as base64). */
export interface PassageIndexJSON {
  readonly size: number;
  readonly terms: string[];
  readonly fields: { offsets: string; docs: string; freqs: string; lengths: string }[];
}

/** A typed array class: built on a buffer, with its element size. */
type TypedArrayOf<T> = { new (buffer: ArrayBuffer): T; readonly BYTES_PER_ELEMENT: number };

/** The array's bytes as base64 (in the machine's byte order, as saved and read on the same machine). */
export function toBase64(array: Uint32Array | Uint16Array): string {
  return Buffer.from(array.buffer, array.byteOffset, array.byteLength).toString('base64');
}

/** A typed array of `Type` from base64 bytes made by `toBase64`; throws when they are not such bytes. */
export function bytesTo<T>(Type: TypedArrayOf<T>, base64: unknown): T {
  if (typeof base64 !== 'string') throw new Error('saved index array is not a string');
  const bytes = Buffer.from(base64, 'base64');
  if (bytes.byteLength % Type.BYTES_PER_ELEMENT !== 0)
    throw new Error('saved index array has a ragged length');
  // Copied into its own buffer: a Buffer's bytes may sit at an offset the typed array cannot be aligned to.
  return new Type(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}
