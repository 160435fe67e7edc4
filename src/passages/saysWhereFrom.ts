/**
 * Whether a name before a word for an organisation says where it is from rather than which it is: a
 * nationality ("the Japanese company", "the UK-Dutch group"), a country's initials ("the US firm") or
 * "-based" ("the Seattle-based firm"). Its last word decides ("the South Korean bank").
 */
export function saysWhereFrom(words: readonly string[]): boolean {
  const part = (words[words.length - 1] ?? '').split('-').pop() ?? '';
  return part === 'based' || NATIONALITIES.has(part) || COUNTRY_INITIALS.has(part);
}

/** Nationalities and regions as adjectives, capitalised: they describe an organisation, never name one. */
const NATIONALITIES = new Set(
  (
    'American British English Scottish Welsh Irish French German Dutch Belgian Swiss Austrian Italian Spanish ' +
    'Portuguese Greek Turkish Russian Ukrainian Polish Czech Hungarian Swedish Norwegian Danish Finnish ' +
    'Scandinavian European Asian African Arab Israeli Palestinian Iraqi Iranian Saudi Egyptian Indian ' +
    'Pakistani Chinese Japanese Korean Taiwanese Thai Vietnamese Indonesian Malaysian Singaporean Australian ' +
    'Canadian Mexican Brazilian Argentine Argentinian Chilean Colombian Venezuelan Cuban Nigerian Kenyan ' +
    'Lebanese Basque Catalan'
  ).split(' '),
);

/** A country's initials ("the US firm"), which NOT_ORG_ACRONYMS holds among other things that name no firm. */
const COUNTRY_INITIALS = new Set(['UK', 'US', 'USA', 'UAE']);
