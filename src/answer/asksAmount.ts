/**
 * "How much did profits rise", "how much growth": a change, often a percentage, so a count (see answerType.ts's
 * answerTypeOf), even beside a word of money ("How much annual growth might Sri Lanka **lose**?"). "Growth"
 * only as what "how much" asks for, an adjective at most between: "How much money did the growth fund lose?"
 * asks a sum. Not before "to": "how much did the price rise to" asks the level reached.
 */
export const CHANGE_CUE =
  /\bhow much (?:[a-z-]+ )?growth\b|\b(?:rise|rose|risen|grow|grew|grown|fall|fell|fallen|increase|increased|drop|dropped|decline|declined)\b(?!\s+to\b)/;

/**
 * Whether a count question asks "how much" or "what amount" (and not "how many"): an amount, which news most
 * often gives as a sum of money ("how much aid…": "70m euros in aid"), so a sum answers it as a number does;
 * "how many" counts things, never a sum. typeFitOfTags and typedNearness both read it.
 */
export function asksAmount(questionWords: ReadonlySet<string>): boolean {
  // The word set keeps the order the words first came in: "how much", "what amount" read as pairs, so "How
  // much aid went to many countries?" asks an amount and "How many firms cut the amount?" does not.
  let previous = '';
  for (const word of questionWords) {
    if (previous === 'how' && word === 'many') return false;
    if ((previous === 'how' && word === 'much') || (previous === 'what' && word === 'amount')) return true;
    previous = word;
  }
  return false;
}

/**
 * Whether a count question asks how much something changed ("how much did house prices **fall**", "by how much
 * did profits **rise**"): an amount (see asksAmount) and a word of change (see CHANGE_CUE) that "to" does not
 * follow ("how much did unemployment rise to" asks the level). The word set keeps each word's first place only,
 * so a "to" earlier in the question ("how much did exports to China rise to") goes unseen there.
 */
export function asksChange(questionWords: ReadonlySet<string>): boolean {
  let asks = changeAsked.get(questionWords);
  if (asks === undefined) {
    const words = [...questionWords];
    asks =
      asksAmount(questionWords) && words.some((word, i) => CHANGE_CUE.test(word) && words[i + 1] !== 'to');
    changeAsked.set(questionWords, asks);
  }
  return asks;
}

/** Questions already read by asksChange (a question's word set is made once and asked for every quote). */
const changeAsked = new WeakMap<ReadonlySet<string>, boolean>();
