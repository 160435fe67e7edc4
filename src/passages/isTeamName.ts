/**
 * Plural last words of a name after "the" that name a place, an event, a time or a field rather than a team
 * or a band ("the United States", "the Olympic Games", "the Middle Ages", "the Liberal Arts").
 */
const NOT_GROUP_ENDS = new Set(
  (
    'states netherlands philippines bahamas maldives seychelles comoros alps andes highlands lowlands midlands ' +
    'ages games olympics awards oscars grammys globes championships series times news isles islands mountains ' +
    'hills falls lakes plains keys heights counties countries borders dales ' +
    'wars rights studies arts sciences affairs'
  ).split(' '),
);

/**
 * Whether a name of two or more words after "the" ends in a plural ("the Pittsburgh Steelers", "the Rolling
 * Stones", "the Arizona Cardinals"): a team's or a band's, which "who" and "which team" questions ask for as
 * they ask for an organisation (see nameFit.ts). One word ("the Broncos") is too often a people's or a
 * family's ("the Greeks", "the Kennedys") to tell.
 */
export function isTeamName(words: readonly string[], before: string): boolean {
  if (words.length < 2 || !/\bthe\s$/i.test(before)) return false;
  const last = (words[words.length - 1] as string).toLowerCase();
  return /^[a-z]+[^s']s$/.test(last) && !NOT_GROUP_ENDS.has(last);
}
