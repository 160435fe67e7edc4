import type { Span } from '../passages/Span.js';
import type { QuoteCut } from './AnswerResult.js';
import type { PassageTokens, TermToken } from './passageTokens.js';
import { tokenRangeOf } from './passageTokens.js';

/** Longest quote, in UTF-16 code units (the answer contract; also keeps Discord replies short). */
export const MAX_QUOTE_CHARS = 300;

/** A candidate quote and the range of its tokens. */
export interface QuoteSpan {
  readonly span: Span;
  readonly from: number;
  readonly to: number;
  readonly isPair: boolean;
  /** Which sides were cut from a sentence longer than MAX_QUOTE_CHARS (both false for whole sentences). */
  readonly cut: QuoteCut;
  /**
   * The next paragraph's first sentence, quoted alone but weighed with the passage's last sentence (tokens
   * [from, to) span both). Within a paragraph only for a sentence that fits the asked kind in part (see
   * followOnSentence's partialSameParagraph): for every sentence, on SQuAD, quoting the second of a pair too
   * long to quote whole found the answer less often (1 point fewer answers in the first quote); for those, 0.2.
   */
  readonly continues: boolean;
  /** For a continuation: the sentence it continues, whose words it is weighed with. */
  readonly previous?: Span;
}

/**
 * The sentence (an index into a passage's sentences) that a quote of sentence i should follow on to because
 * it holds the asked kind of answer that sentence i lacks, or undefined (see followOnSentence).
 */
export type FollowOn = (i: number) => number | undefined;

const WHOLE: QuoteCut = { before: false, after: false };

/**
 * Candidate quotes of a passage: each sentence, each pair of adjacent sentences that fits MAX_QUOTE_CHARS,
 * and, for a sentence longer than that, its window with the most matched weight (`tokenWeight(i)` is the
 * weight a token adds the first time its question term is seen, keyed by `tokenKey(i)`), cut at word bounds;
 * of windows with the same weight, the one with the most text on both sides of its matched words.
 * Sentences from `ownSentences` on belong to the next paragraph: the first is quoted only as the
 * continuation of the passage's last sentence (see QuoteSpan.continues), never in a pair across the break.
 * And when `followOn(i)` names a later sentence j (one that holds the answer sentence i lacks): sentences i
 * to j quoted together when they are one paragraph's and fit MAX_QUOTE_CHARS, else sentence j alone as a
 * continuation of sentence i, weighed with sentence i's words only.
 */
export function quoteSpans(
  text: string,
  sentences: readonly Span[],
  { tokens, sentenceRanges }: PassageTokens,
  tokenKey: (i: number) => number,
  tokenWeight: (i: number) => number,
  ownSentences: number = sentences.length,
  followOn: FollowOn = () => undefined,
): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  sentences.forEach((sentence, i) => {
    if (i >= ownSentences) return;
    const [from, to] = sentenceRanges[i] ?? [0, 0];
    if (sentence.end - sentence.start <= MAX_QUOTE_CHARS) {
      spans.push({ span: sentence, from, to, isPair: false, cut: WHOLE, continues: false });
    } else {
      const span = bestWindow(text, sentence, tokens, from, to, tokenKey, tokenWeight);
      const [a, b] = tokenRangeOf(tokens, span.start, span.end, from, to);
      const cut = { before: span.start > sentence.start, after: span.end < sentence.end };
      spans.push({ span, from: a, to: b, isPair: false, cut, continues: false });
    }
    const next = sentences[i + 1];
    const nextRange = sentenceRanges[i + 1];
    if (!next || !nextRange) return;
    const pairTo = nextRange[1];
    const pairFits = i + 1 < ownSentences && next.end - sentence.start <= MAX_QUOTE_CHARS;
    // Written out rather than spread from a shared object: spreading cost more than the rest of this loop.
    if (pairFits) {
      const span = { start: sentence.start, end: next.end };
      spans.push({ span, from, to: pairTo, isPair: true, cut: WHOLE, continues: false });
    } else if (i + 1 === ownSentences && next.end - next.start <= MAX_QUOTE_CHARS) {
      spans.push({
        span: next,
        from,
        to: pairTo,
        isPair: true,
        cut: WHOLE,
        continues: true,
        previous: sentence,
      });
    }
    const j = followOn(i);
    const target = j === undefined ? undefined : sentences[j];
    const targetRange = j === undefined ? undefined : sentenceRanges[j];
    // The pair and the continuation above already quote the sentence right after.
    if (j === undefined || !target || !targetRange || (j === i + 1 && (pairFits || i + 1 === ownSentences))) {
      return;
    }
    if (j < ownSentences && target.end - sentence.start <= MAX_QUOTE_CHARS) {
      const span = { start: sentence.start, end: target.end };
      spans.push({ span, from, to: targetRange[1], isPair: true, cut: WHOLE, continues: false });
    } else if (target.end - target.start <= MAX_QUOTE_CHARS) {
      spans.push({ span: target, from, to, isPair: true, cut: WHOLE, continues: true, previous: sentence });
    }
  });
  return spans;
}

function bestWindow(
  text: string,
  sentence: Span,
  tokens: readonly TermToken[],
  from: number,
  to: number,
  tokenKey: (i: number) => number,
  tokenWeight: (i: number) => number,
): Span {
  let best: Span | null = null;
  let bestWeight = -1;
  let bestRoom = -1;
  for (let i = from; i < to; i++) {
    const first = tokens[i];
    if (!first) continue;
    // Windows start at the sentence start, after a clause break, or at a matched word.
    const afterBreak = /[,;:—–-]\s*$/.test(
      text.slice(Math.max(sentence.start, first.start - 3), first.start),
    );
    if (i !== from && !afterBreak && tokenKey(i) < 0) continue;
    const start = i === from ? sentence.start : first.start;
    let end = first.end;
    const seen = new Set<number>();
    let weight = 0;
    let firstMatch = -1;
    let lastMatch = -1;
    for (let j = i; j < to; j++) {
      const token = tokens[j];
      if (!token || token.end - start > MAX_QUOTE_CHARS) break;
      end = token.end;
      const key = tokenKey(j);
      if (key >= 0 && !seen.has(key)) {
        seen.add(key);
        weight += tokenWeight(j);
      }
      if (key >= 0) {
        if (firstMatch < 0) firstMatch = token.start;
        lastMatch = token.end;
      }
    }
    // Of windows matching the same weight, the one with the most text on both sides of its matched words:
    // the answer stands next to them, before ("X, who ...") or after ("... was designed by X"). On SQuAD
    // (1,228 first quotes cut from a long sentence) the earliest such window left the answer out more often.
    const room = firstMatch < 0 ? 0 : Math.min(firstMatch - start, end - lastMatch);
    // Equal weights summed in another order may differ in the last bits: within 1e-9 they tie.
    if (weight > bestWeight + 1e-9 || (weight > bestWeight - 1e-9 && room > bestRoom)) {
      best = { start, end: extendOverPunctuation(text, end, start, sentence.end) };
      bestWeight = weight;
      bestRoom = room;
    }
  }
  return best ?? { start: sentence.start, end: Math.min(sentence.end, sentence.start + MAX_QUOTE_CHARS) };
}

/** Extends a window's end over directly following punctuation (a closing quote, a period) within the limit. */
function extendOverPunctuation(text: string, end: number, start: number, limit: number): number {
  let e = end;
  while (e < limit && e - start < MAX_QUOTE_CHARS && /[.,;:!?"”’)\]]/.test(text[e] ?? '')) e++;
  return e;
}
