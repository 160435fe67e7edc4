/** Half-open range [start, end) in UTF-16 code units: a paragraph, a sentence or a quote within an article's text. */
export interface Span {
  readonly start: number;
  readonly end: number;
}
