import type { Span } from '../passages/Span.js';

/** Spans whose end reaches this get no key (the key needs end < 2^26; articles are far shorter). */
const KEY_LIMIT = 2 ** 26;

/**
 * One number for a span's start and end, to key a map by span without allocating a string; undefined for a
 * span too long (or negative) to be keyed exactly. Exact: start and end below 2^26, so start · 2^26 + end < 2^52.
 */
export function spanKey(span: Span): number | undefined {
  return span.start < 0 || span.end >= KEY_LIMIT ? undefined : span.start * KEY_LIMIT + span.end;
}
