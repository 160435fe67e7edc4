/** An HTML document's bytes decoded to text, and the WHATWG encoding name that decoded them. */
export interface DecodedHtml {
  readonly html: string;
  /** The WHATWG name of the encoding used (`utf-8`, `windows-1252`, …). */
  readonly encoding: string;
  /** Where the encoding came from, for warnings and tests. */
  readonly source: 'bom' | 'header' | 'meta' | 'utf-8 by default' | 'windows-1252 fallback';
}

/** The WHATWG prescan reads at most this many bytes looking for `<meta charset>`. */
const PRESCAN_BYTES = 1024;

/**
 * Decodes an HTML document following the WHATWG encoding-sniffing order browsers use: a byte order mark, then
 * the charset of the HTTP `Content-Type` header (fetched pages only), then a `<meta charset>` or
 * `<meta http-equiv="Content-Type">` in the first 1024 bytes. Labels are WHATWG labels, so "ISO-8859-1" and
 * "latin1" mean windows-1252 (TextDecoder maps them). With no declaration the bytes are read as UTF-8 when
 * they are valid UTF-8 (what nearly every page is today), else as windows-1252 (the browsers' default for
 * English-language pages).
 */
export function decodeHtml(bytes: Uint8Array, httpCharset?: string): DecodedHtml {
  const bom = bomEncoding(bytes);
  if (bom) return { html: new TextDecoder(bom).decode(bytes), encoding: bom, source: 'bom' };
  const fromHeader = httpCharset === undefined ? undefined : encodingFor(httpCharset);
  if (fromHeader) return { html: decode(bytes, fromHeader), encoding: fromHeader, source: 'header' };
  const fromMeta = metaCharset(bytes);
  if (fromMeta) return { html: decode(bytes, fromMeta), encoding: fromMeta, source: 'meta' };
  try {
    return {
      html: new TextDecoder('utf-8', { fatal: true }).decode(bytes),
      encoding: 'utf-8',
      source: 'utf-8 by default',
    };
  } catch {
    return { html: decode(bytes, 'windows-1252'), encoding: 'windows-1252', source: 'windows-1252 fallback' };
  }
}

function decode(bytes: Uint8Array, encoding: string): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

/**
 * What windows-1252 puts at bytes 0x80–0x9F (the rest is Latin-1). Node 20's TextDecoder('windows-1252')
 * decodes these as C1 control characters (it is Latin-1 under that name), which would turn a page's curly
 * quotes and dashes into invisible characters; bytes the encoding leaves undefined stay as their code point.
 */
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/** Decodes windows-1252 (what "ISO-8859-1" means on the web). */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const CHUNK = 8192;
  for (let from = 0; from < bytes.length; from += CHUNK) {
    const codes = Array.from(bytes.subarray(from, from + CHUNK), (byte) =>
      byte >= 0x80 && byte <= 0x9f ? WINDOWS_1252_HIGH.charCodeAt(byte - 0x80) : byte,
    );
    text += String.fromCharCode(...codes);
  }
  return text;
}

function bomEncoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  return undefined;
}

/**
 * The WHATWG encoding a label names, or undefined for a label TextDecoder does not know. A `<meta>` that
 * claims UTF-16 is read as UTF-8 (the bytes could not have been parsed to find it otherwise), and
 * x-user-defined as windows-1252, as the standard says.
 */
export function encodingFor(label: string): string | undefined {
  try {
    const name = new TextDecoder(label.trim()).encoding;
    if (name === 'utf-16le' || name === 'utf-16be') return 'utf-8';
    return name;
  } catch {
    return label.trim().toLowerCase() === 'x-user-defined' ? 'windows-1252' : undefined;
  }
}

/**
 * The charset a `<meta>` declares in the first 1024 bytes. A simplified form of the WHATWG prescan: the bytes
 * are read as ASCII-compatible text (as the prescan does) and comments are skipped.
 */
function metaCharset(bytes: Uint8Array): string | undefined {
  const head = decodeWindows1252(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?-->/g, '');
  for (const tag of head.matchAll(/<meta\b[^>]*>/gi)) {
    const text = tag[0];
    // `<meta charset="…">`, or `<meta http-equiv="Content-Type" content="text/html; charset=…">` (a charset
    // inside `content` counts only with that http-equiv, as in the standard).
    const attribute = /\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(stripContent(text))?.[1];
    const inContent = /\bhttp-equiv\s*=\s*["']?content-type/i.test(text)
      ? /\bcharset\s*=\s*["']?\s*([^\s"'/>;]+)/i.exec(text)?.[1]
      : undefined;
    const label = attribute ?? inContent;
    const encoding = label === undefined ? undefined : encodingFor(label);
    if (encoding) return encoding;
  }
  return undefined;
}

/** The tag without its `content="…"` attribute, to tell `<meta charset>` from a charset inside `content`. */
function stripContent(tag: string): string {
  return tag.replace(/\bcontent\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '');
}
