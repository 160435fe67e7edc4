import type { Span } from '../passages/Span.js';

/**
 * The end of a sentence inside a quote: a full stop or ! ?, maybe a closing quotation mark, then white space
 * before a capital (maybe after an opening quotation mark), with the sentence's end (group 1) and the next
 * one's start (the match's end) apart. Not global: for `test` (speakerOf.ts); SENTENCE_BREAK scans with it.
 */
export const SENTENCE_END = /([.!?]["”’]?)\s+(?=["“‘]?\p{Lu})/u;
const SENTENCE_BREAK = new RegExp(SENTENCE_END.source, 'gu');

/**
 * The quote's own sentence just before the one that holds `at` (an offset in `quoted`, the quote's text), as
 * a span of the article; undefined when `at` is in the quote's first sentence. "Kerr has his wish. He said
 * Ireland will play Switzerland": the "he" is the one the quote's first sentence names, not the one of the
 * sentence before the quote.
 */
export function sentenceBeforeIn(quoted: string, quote: Span, at: number): Span | undefined {
  let previousStart = 0;
  let found: Span | undefined;
  for (const m of quoted.matchAll(SENTENCE_BREAK)) {
    const nextStart = m.index + m[0].length;
    if (nextStart > at) break;
    // '"We are ready. We will win," he said.': a break inside the speaker's own words is no sentence before.
    const end = m.index + (m[1] ?? '').length;
    if (insideQuotation(quoted.slice(0, end))) continue;
    found = { start: quote.start + previousStart, end: quote.start + end };
    previousStart = nextStart;
  }
  return found;
}

/** Whether `text` ends inside a quotation: a straight quotation mark left open, or more “ than ”. */
/** Whether `text` leaves a quotation open: an odd number of straight quotation marks, or more “ than ”. */
export function insideQuotation(text: string): boolean {
  const count = (mark: string): number => text.split(mark).length - 1;
  return count('"') % 2 === 1 || count('“') > count('”');
}
