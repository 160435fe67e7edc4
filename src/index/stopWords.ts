/**
 * English stop words: function words that carry no topic, plus question words. Removing them keeps
 * "Who won the cup?" from matching every passage that contains "the". Lowercase, with straight apostrophes.
 * Based on the classic Snowball/Lucene English lists, extended with question words and contractions, and with
 * "say/said/says": in news nearly every paragraph reports speech, so the verb names no topic (and the Porter
 * stemmer would not join "said" to "say" anyway). Questions about statements are still recognised by their
 * wording (see answerType.ts). "us" is a stop word as "we" is: "US" and "U.S." in capitals are the country's
 * acronym, kept as a term (see terms.ts). Not "own", which the classic lists have for "their own": as a verb it is
 * the question's topic ("How much of Ferrari does Fiat own?"); after a possessive a question drops it (see
 * withoutPossessiveOwn). Tuning halves: second crowd-style first quote 16 → 17 of 50, nothing else moved.
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all am an and any are aren't as at be because been before being below
  between both but by can can't cannot could couldn't did didn't do does doesn't doing don't down during each
  few for from further had hadn't has hasn't have haven't having he he'd he'll he's her here here's hers
  herself him himself his how how's i i'd i'll i'm i've if in into is isn't it it's its itself let's me more
  most mustn't my myself no nor not of off on once only or other ought our ours ourselves out over same
  shan't she she'd she'll she's should shouldn't so some such than that that's the their theirs them
  themselves then there there's these they they'd they'll they're they've this those through to too under
  until up very was wasn't we we'd we'll we're we've were weren't what what's when when's where where's which
  while who who's whom why why's will with won't would wouldn't you you'd you'll you're you've your yours
  yourself yourselves s t also just may might must shall whose according many much say says said saying us`
    .split(/\s+/)
    .filter(Boolean),
);

/**
 * "own" after a possessive ("its own shares", "Fiat's own shares"): it says nothing of the topic, and news mostly
 * leaves it out.
 */
const OWN_AFTER_POSSESSIVE = /\b(my|your|his|her|its|our|their|[\p{L}\p{N}-]+['’]s?)\s+own\b/giu;

/** `question` without the "own" of "its own", "their own" (see STOP_WORDS). */
export function withoutPossessiveOwn(question: string): string {
  return question.replace(OWN_AFTER_POSSESSIVE, '$1');
}
