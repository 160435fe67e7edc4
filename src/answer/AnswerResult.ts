import type { Span } from '../passages/Span.js';

/** One verbatim quote: `quote === article.text.slice(start, end)` always holds. */
export interface Excerpt {
  readonly sourceId: string;
  readonly title: string;
  /** `YYYY-MM-DD` or null when the article gives no date. */
  readonly date: string | null;
  readonly quote: string;
  /** Offsets into the article's decoded text. */
  readonly start: number;
  readonly end: number;
  /** Relevance; higher is better. Comparable only within one answer. */
  readonly score: number;
  /** The question's terms (normalised) that this excerpt matched. */
  readonly matchedTerms: readonly string[];
  /** Words of the quote that matched the question, as offsets relative to `quote` (for bolding), in order. */
  readonly highlights: readonly Span[];
  /**
   * Whether the quote was cut out of a sentence too long to quote whole (MAX_QUOTE_CHARS): `before` when the
   * sentence starts earlier, `after` when it goes on. Presentations mark a cut side with "…" (outside the
   * quote, which stays the exact slice). Absent means whole sentences, as when both are false.
   */
  readonly cut?: QuoteCut;
  /**
   * Other articles that say the same thing in (nearly) the same words: the quote is shown once, from the
   * best-ranked article, and these ids are listed with it. Empty when none (absent on excerpts made elsewhere).
   */
  readonly alsoIn?: readonly string[];
  /**
   * Who said the quoted words, when the article attributes them by name (see speakerOf.ts: "Vladimir Putin"
   * for "Russian President Vladimir Putin said"); absent when it does not, never a guess.
   */
  readonly speaker?: string;
}

/** Which sides of a quote were cut from its sentence; see `Excerpt.cut`. */
export interface QuoteCut {
  readonly before: boolean;
  readonly after: boolean;
}

/** Why a question was refused before any search: each has a user-facing message in `message`. */
export type InvalidReason = 'empty' | 'too-long' | 'no-terms';

/** The engine's reply to one question. */
export type AnswerResult =
  | { readonly kind: 'found'; readonly question: string; readonly excerpts: readonly [Excerpt, ...Excerpt[]] }
  | { readonly kind: 'none'; readonly question: string }
  | {
      readonly kind: 'invalid';
      readonly question: string;
      readonly reason: InvalidReason;
      readonly message: string;
    };

export interface AnswerOptions {
  /** Only quote this article id. Unknown ids give `none`. */
  readonly sourceId?: string;
  /** Most excerpts to return, 1 to 3 (default 3). */
  readonly maxExcerpts?: number;
}

/** Questions longer than this (UTF-16 code units, after trimming) are refused with reason `too-long`. */
export const MAX_QUESTION_LENGTH = 500;
