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
 */
export const FOLLOW_ON_WINDOW = { sameParagraph: 0, nextParagraph: 2 } as const;

/** How far ahead to look; see FOLLOW_ON_WINDOW. */
export interface FollowOnWindow {
  readonly sameParagraph: number;
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
  if (i >= ownSentences || (fits[i] ?? 0) >= 1) return undefined;
  const lastOwn = Math.min(ownSentences - 1, i + window.sameParagraph);
  for (let j = i + 1; j <= lastOwn; j++) if ((fits[j] ?? 0) >= 1) return j;
  // The next paragraph is within reach only when the window reaches the end of this one.
  if (lastOwn < ownSentences - 1) return undefined;
  const lastNext = Math.min(fits.length, ownSentences + window.nextParagraph) - 1;
  for (let j = ownSentences; j <= lastNext; j++) if ((fits[j] ?? 0) >= 1) return j;
  return undefined;
}
