import { stemmer } from 'stemmer';

/**
 * The baselines' stop words: NLTK's English list, fixed here so the baselines do not move when the engine's
 * own list changes. Only the baselines use it.
 */
export const BASELINE_STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'i me my myself we our ours ourselves you your yours yourself yourselves he him his himself she her hers ' +
    'herself it its itself they them their theirs themselves what which who whom this that these those am is ' +
    'are was were be been being have has had having do does did doing a an the and but if or because as until ' +
    'while of at by for with about against between into through during before after above below to from up ' +
    'down in out on off over under again further then once here there when where why how all any both each ' +
    'few more most other some such no nor not only own same so than too very s t can will just don should now ' +
    'd ll m o re ve y ain aren couldn didn doesn hadn hasn haven isn ma mightn mustn needn shan shouldn wasn ' +
    'weren won wouldn'
  ).split(' '),
);

/**
 * Words as SQLite's unicode61 tokenizer sees them (runs of letters, marks and digits), lowercased, in order.
 * Offsets are not kept: the baselines only need the words.
 */
export function baselineWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? [];
}

/** Distinct non-stop words of `text`, in first-seen order. */
export function contentWords(text: string): string[] {
  return [...new Set(baselineWords(text).filter((word) => !BASELINE_STOP_WORDS.has(word)))];
}

/** Porter stem of a lowercased word (what FTS5's `porter` tokenizer would index, near enough for excerpts). */
export function baselineStem(word: string): string {
  return stemmer(word);
}
