/**
 * How far a sentence that lacks the asked kind of answer looks ahead for one that has it: up to
 * `sameParagraph` sentences further in its own passage and, from the passage's last sentence (or when the
 * same-paragraph reach gets there), the first `nextParagraph` sentences of the next passage of its article
 * (see withFollowingSentence, which appends those). News writers often put the fact a question asks for a
 * sentence or two into the paragraph after the one that sets it up ("… are yet to respond to doping charges",
 * then "The Greek pair were charged…", then "They have until midnight on 16 December").
 * Chosen on the news tuning half (data/eval/bbc-news-qa.json, split "tune"; first quote right / answer in any
 * quote / declined, of 163 answerable and 32 unanswerable): no follow-on beyond the next paragraph's first
 * sentence 96/116/22; nextParagraph 2: 98/118/22; 3: no better than 2; nextParagraph 1 with sameParagraph 1:
 * 94/116/22; sameParagraph 1, 2 or 3 (with nextParagraph 2): 96/118/22, 95/118/21, 95/118/21, each losing
 * questions whose matched sentence is followed, in its own paragraph, by an unrelated number.
 *
 * `partialSameParagraph` is the same-paragraph reach of a sentence that holds a mention near the asked kind
 * without being it (fit above 0 and below 1: "Boeing said earnings during the last three months of 2004
 * dropped by 84%…" for "how much did Boeing earn", a percentage where a sum is asked): it is about the figure,
 * and its next sentence often gives it ("Net profit was $186m…"). A sentence with nothing of the kind keeps
 * `sameParagraph`. On 2026-12-02's tuning halves (first set 122 of 163, headline set 65 of 109 first quote
 * right): 1 gave 122 and 65, the same, as did the test halves; a reach of 1 for every sentence gave 121 (a
 * "who leads…" question's sentence naming another association was followed by its director's). SQuAD through
 * the CLI: right paragraph first 82.4 -> 82.5, answer in the first quote 77.0 -> 76.8.
 */
export const FOLLOW_ON_WINDOW = { sameParagraph: 0, partialSameParagraph: 1, nextParagraph: 2 } as const;

/** How far ahead to look; see FOLLOW_ON_WINDOW. */
export interface FollowOnWindow {
  readonly sameParagraph: number;
  /** The same-paragraph reach of a sentence that fits the type in part (fit above 0); sameParagraph's if unset. */
  readonly partialSameParagraph?: number;
  readonly nextParagraph: number;
}

/**
 * The index of the sentence a quote of sentence `i` should follow on to: when sentence `i` does not fully fit
 * the asked answer type, the nearest one within `window` that does (fit 1: it holds a mention of the asked
 * kind that the question does not contain), or undefined. `fits[k]` is how well
 * sentence k fits the answer type (0 to 1, see typeFitOfTags); sentences from `ownSentences` on are the next
 * passage's (see withFollowingSentence).
 */
export function followOnSentence(
  fits: readonly number[],
  i: number,
  ownSentences: number,
  window: FollowOnWindow = FOLLOW_ON_WINDOW,
): number | undefined {
  const fitHere = fits[i] ?? 0;
  if (i >= ownSentences || fitHere >= 1) return undefined;
  const reach = fitHere > 0 ? (window.partialSameParagraph ?? window.sameParagraph) : window.sameParagraph;
  const lastOwn = Math.min(ownSentences - 1, i + reach);
  for (let j = i + 1; j <= lastOwn; j++) if ((fits[j] ?? 0) >= 1) return j;
  // The next paragraph is within reach only when the window reaches the end of this one.
  if (lastOwn < ownSentences - 1) return undefined;
  const lastNext = Math.min(fits.length, ownSentences + window.nextParagraph) - 1;
  for (let j = ownSentences; j <= lastNext; j++) if ((fits[j] ?? 0) >= 1) return j;
  return undefined;
}
