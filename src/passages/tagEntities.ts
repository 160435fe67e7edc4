import { givenNames } from './givenNames.js';
import { saysWhereFrom } from './saysWhereFrom.js';
import { isTeamName } from './isTeamName.js';

/**
 * Telling a person's name from an organisation's in a sentence, from the words around it (cheap patterns, run
 * once per sentence when the index is built; see tagSentences.ts, which saves what this finds as person and
 * organisation tags). A name is a run of capitalised words ("Deputy High Court Judge Richard Mawrey"); it is a
 * person's when a title or role comes before it ("Judge", "Mr", "chairman Terry Lundgren", "said Kevin
 * Hawkins") or an age, "who" or a role after it ("Terry Lundgren, chairman of…", "Frank Dunn, 51,"), or when it
 * is a given name and more ("Andy Scott"; data/given-names.txt), and an organisation's when it ends in a word
 * organisations end in ("Airlines", "Consortium", "Foods", "Ltd"), is an acronym ("NBC", "IAAF"), follows or
 * comes before a word for one ("Swiss firm Xstrata", "the Fox TV network"), or is a team's or band's plural
 * after "the" ("the Pittsburgh Steelers"). A place ("Bordesley Green", "in Birmingham") is neither, and stays a
 * plain name.
 */

/**
 * Capitalised words (an initial or "Mr." with its stop), with lowercase particles ("Rodrigo de la Serna") or
 * "&" ("Tate & Lyle") between; a possessive ends the run ("Gerhard Schroeder's | Social Democrat Party").
 */
const NAME_RUN =
  /\p{Lu}(?:\p{Ll}{0,2}\.(?=\s\p{Lu})|[\p{L}'’-]*)(?:(?<!['’]s)\s(?:(?:de|da|di|du|del|der|la|le|van|von|bin|al|of|&)\s)*\p{Lu}(?:\p{Ll}{0,2}\.(?=\s\p{Lu})|[\p{L}'’-]*))*/gu;

/** Titles, lowercase, capitalised before a name in the same run ("Judge Richard Mawrey", "Mr Kilroy-Silk"). */
export const TITLES = new Set(
  (
    'mr mrs ms miss dr sir dame lord lady baroness baron judge justice professor prof president senator sen ' +
    'governor gov rev reverend father pope queen prince princess archbishop bishop cardinal chancellor minister ' +
    'secretary chairman chairwoman chief inspector insp det sgt supt captain capt colonel col lt commander ' +
    'admiral coach manager actor actress singer director producer leader spokesman spokeswoman mayor premier ' +
    'commissioner ambassador speaker attorney undersecretary'
  ).split(' '),
);

/** Second words of a title ("Chief Executive", "Secretary General"), but not alone ("General Electric"). */
const SECOND_TITLES = new Set(['executive', 'general']);

/**
 * Roles, lowercase, written in lowercase before a name ("manager Brian Kerr", "director general Kevin
 * Hawkins"), in an apposition after it ("Joshua Rifkin - a composer"), or capitalised before a first name and
 * a surname ("Novelist Andrea Levy"): the name is a person's. Broader than TITLES, whose words may begin
 * names of other things when capitalised ("Great Britain").
 */
export const ROLES = new Set([
  ...TITLES,
  ...(
    'ceo dj executive boss striker defender midfielder goalkeeper keeper winger forward star founder owner ' +
    'presenter host author writer novelist artist rapper comedian designer editor economist analyst lawyer barrister ' +
    'solicitor prosecutor officer mp msp mep qc deputy vice candidate player champion batsman bowler jockey ' +
    'referee boxer golfer driver athlete sprinter footballer veteran rival colleague team-mate teammate ' +
    'frontman guitarist drummer vocalist musician composer filmmaker playwright poet scientist researcher ' +
    'doctor wife husband son daughter brother sister mother partner girlfriend boyfriend counsel general icon ' +
    'legend hero ace great'
  ).split(' '),
]);

/**
 * Words an organisation's name ends in, lowercase ("Kraft Foods", "British Retail Consortium"), institutions
 * that a "which" question asks for by that word too ("Which hospital…": "Hereford County Hospital", see
 * answerType.ts's head nouns).
 */
export const ORG_ENDS = new Set(
  (
    'airline airlines airways association consortium committee council commission corporation corp inc ltd ' +
    'plc llc co group bank banks foods stores motors resources foundation institute university college school ' +
    'party union federation league club united rovers athletic wanderers agency authority board office service ' +
    'services trust society network networks records pictures studios studio entertainment telecom ' +
    'communications systems technologies technology holdings partners capital securities exchange fund ' +
    'organisation organization department ministry times journal post mail guardian telegraph express ' +
    'chronicle herald gazette tribune mirror observer channel broadcasting news media music games software ' +
    'electronics industries international insurance ' +
    'assembly parliament congress senate police army navy court tribunal commons lords ' +
    'government magazine press band orchestra company companies brothers nations hospital museum gallery hotel'
  ).split(' '),
);

/** Lowercase words before a name that make it an organisation's ("French spirits firm Pernod Ricard"). */
const ORG_BEFORE =
  /\b(?:firm|company|group|publication|paper|daily|tabloid|giant|maker|carmaker|retailer|bank|airline|carrier|broadcaster|network|channel|regulator|watchdog|insurer|supermarket|chain|label|studio|publisher|operator|newspaper|magazine|website|band|team|club|side|body|agency|charity|union|party|brand|conglomerate|rival)\s$/;

/**
 * Whether the name `words`, ending at `end` (with `before` the text before it), names the organisation that the
 * lowercase word after it says it is (see ORG_AFTER): not after "a" or "an", which describe ("a British Muslim
 * group"), nor when the name is a possessive ("Mr Ferguson's company": his, not Ferguson's own name) or says
 * only where the organisation is from (see saysWhereFrom).
 */
function isNamedBefore(text: string, end: number, before: string, words: readonly string[]): boolean {
  return (
    ORG_AFTER.test(text.slice(end, end + 16)) &&
    !/\ban?\s$/i.test(before) &&
    !/['’]s$/.test(text.slice(end - 2, end)) &&
    !saysWhereFrom(words)
  );
}

/** A lowercase word for an organisation right after a name ("the Fox TV network", "the Tory party"). */
const ORG_AFTER =
  /^\s(?:firm|company|group|network|channel|broadcaster|party|club|team|band|bank|airline|carrier|label|studio|publisher|newspaper|magazine|website|retailer|supermarket|chain|charity|union|agency|conglomerate|giant)\b/;

/** Acronyms that are not an organisation (places, titles, things). */
const NOT_ORG_ACRONYMS = new Set(
  'UK US USA UAE GMT BST TV CD CDs DVD DVDs PC PCs MP MPs MSP MSPs MEP MEPs QC GDP CEO AM PM OK ID IT AIDS HIV DJ DJs GP GPs SMS PR VAT'.split(
    ' ',
  ),
);

/** After a name: an age (", 51,"), or "who". */
const PERSON_AFTER = /^(?:,\s\d{1,3}[,)]|\s\(\d{1,3}\)|,?\s(?:who|whose)\b)/u;
/** An apposition after a name: its first few words (", chairman of…", " - a composer and…", ", the firm's chief"). */
const APPOSITION = /^(?:,|\s[-–])\s((?:[\p{L}'’-]+\s?){1,5})/u;
/** Speech attributed to a two-word name: "Kevin Hawkins said", "said Kevin Hawkins", "according to…". */
const SAID_AFTER =
  /^,?\s(?:has\s|had\s)?(?:said|says|told|added|insisted|warned|explained|admitted|argued)\b/;
const SAID_BEFORE = /\b(?:said|says|added|according\sto)\s$/;

/** Words a place's name ends in ("Bordesley Green", "Victoria Street"): a given name before them is no person's. */
export const PLACE_ENDS = new Set(
  (
    'street road green park square lane avenue hill bridge airport station stadium hall house palace centre ' +
    'center island islands river valley bay beach county city town village church cathedral abbey castle ' +
    'gardens way cross heath common lake mountains ground arena theatre'
  ).split(' '),
);

/** Capitalised words a sentence may start with that are no part of a name. */
const LEADING = new Set(
  'The A An But And Or So In On At For If When While After Before As It He She They We This That These Those Its His Her Their Our Then Now Yet Also Meanwhile However'.split(
    ' ',
  ),
);

/** What `entityMentions` finds: kind (0 person, 1 organisation), start, end, relative to the text given. */
export const EntityKind = { person: 0, organisation: 1 } as const;
export type EntityKind = (typeof EntityKind)[keyof typeof EntityKind];

/**
 * The person and organisation names of `text` (one sentence), as (kind, start, end) triplets (see EntityKind),
 * in order. A name with neither kind of signal is left out.
 */
export function entityMentions(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(NAME_RUN)) {
    for (const [at, run, afterOf] of runsOf(text, match.index, match[0])) {
      found.push(...kindOfRun(text, at, run, afterOf));
    }
  }
  return found;
}

/**
 * A run of capitalised words split at its "of" when a person's name comes before it: "said Junya Tanase | of |
 * JPMorgan Chase bank" names a person and a firm, not one organisation; news writes who someone speaks for so.
 * Not when the word before "of" names an office, a place or an organisation ("Secretary of State", "Bank of
 * England"), nor for a peer ("Lord Browne of Madingley") or one word ("Duke of Edinburgh"); only when a given
 * name starts the name (after a role: "Analyst David Page of…") or a speech verb or role comes before the run.
 * The part after "of" is marked: it names whom the person speaks for, an organisation or nothing, never a person.
 */
function runsOf(text: string, at: number, run: string): [number, string, boolean][] {
  const of = run.indexOf(' of ');
  const head = run.slice(0, of).split(' ');
  const before = text.slice(Math.max(0, at - 24), at);
  const first = ROLES.has((head[0] as string).toLowerCase()) ? 1 : 0;
  if (
    of < 0 ||
    head.length - first < 2 ||
    NOT_BEFORE_OF.some((set) => set.has((head[head.length - 1] as string).toLowerCase())) ||
    head.some((word) => PEERAGE.has(word.toLowerCase())) ||
    !(
      givenNames().has(head[first] as string) ||
      SAID_BEFORE.test(before) ||
      ROLES.has(/([\p{Ll}-]+)\s$/u.exec(before)?.[1] ?? '')
    )
  ) {
    return [[at, run, false]];
  }
  return [
    [at, run.slice(0, of), false],
    [at + of + 4, run.slice(of + 4), true],
  ];
}

/** Words that, right before "of", make the run an office's, an organisation's or a place's (see runsOf). */
const OF_HEADS = new Set('head chamber institution'.split(' '));
const NOT_BEFORE_OF = [ROLES, SECOND_TITLES, ORG_ENDS, PLACE_ENDS, OF_HEADS];
/** Peers' titles, whose "of" names their seat ("Lord Browne of Madingley"). */
const PEERAGE = new Set('lord lady baron baroness duke duchess earl countess viscount'.split(' '));

/**
 * The (kind, start, end) triplet of one run of capitalised words at `at`, or none (see entityMentions); only an
 * organisation's for the part after a person's "of" (`afterOf`, see runsOf: "Mark Williams of | Capital
 * Economics said…" names no second person).
 */
function kindOfRun(text: string, at: number, run: string, afterOf: boolean): number[] {
  let start = at;
  let words = run.split(/\s+/);
  while (words.length > 1 && LEADING.has(words[0] as string)) {
    start += (words[0] as string).length + 1;
    words = words.slice(1);
  }
  // The name proper follows the last title in the run ("Deputy High Court Judge | Richard Mawrey"), or a
  // role that starts it before a first name and a surname ("Novelist | Andrea Levy").
  let title = -1;
  for (let i = words.length - 2; i >= 0; i--) {
    const word = (words[i] as string).toLowerCase().replace(/\.$/, '');
    if (TITLES.has(word) || (SECOND_TITLES.has(word) && TITLES.has((words[i - 1] ?? '').toLowerCase()))) {
      title = i;
      break;
    }
  }
  if (title < 0 && words.length > 2 && ROLES.has((words[0] as string).toLowerCase())) title = 0;
  // Else, or when an office follows the title ("Undersecretary of State"), a given name after a role.
  if (title < 0 || !/^\p{Lu}/u.test(words[title + 1] as string)) title = givenNameAt(words) - 1;
  const end = at + run.length;
  const last = (words[words.length - 1] as string).replace(/['’]s$/, '');
  const before = text.slice(Math.max(0, start - 24), start);
  // "Association of European Airlines", "Bank of England": the word before "of" names the kind too.
  const beforeOf = words[words.indexOf('of') - 1];
  if (
    ORG_ENDS.has(last.toLowerCase()) ||
    (beforeOf !== undefined && ORG_ENDS.has(beforeOf.toLowerCase())) ||
    ORG_BEFORE.test(before) ||
    isNamedBefore(text, end, before, words) ||
    isAcronym(words) ||
    isTeamName(words, before)
  ) {
    return [EntityKind.organisation, start, trimPossessive(text, start, end)];
  }
  if (afterOf) return [];
  // "Mary Queen of Scots": a title before a particle starts no name.
  if (title >= 0 && /^\p{Lu}/u.test(words[title + 1] as string)) {
    const from = start + words.slice(0, title + 1).join(' ').length + 1;
    return [EntityKind.person, from, trimPossessive(text, from, end)];
  }
  // "Andy Scott": a given name and another word ("Chelsea" is one too, hence at least two words and no place).
  if (words.length > 1 && givenNames().has(words[0] as string) && !PLACE_ENDS.has(last.toLowerCase())) {
    return [EntityKind.person, start, trimPossessive(text, start, end)];
  }
  const after = text.slice(end, end + 60);
  const roleBefore = /([\p{Ll}-]+),?\s$/u.exec(before)?.[1];
  if (
    // One word after a role may be a firm's ("rival Barclays"); after a title, a surname ("judge Mawrey").
    (roleBefore !== undefined && (words.length > 1 ? ROLES : TITLES).has(roleBefore)) ||
    (words.length > 1 &&
      (PERSON_AFTER.test(after) ||
        SAID_AFTER.test(after) ||
        SAID_BEFORE.test(before) ||
        namesRole(APPOSITION.exec(after)?.[1])))
  ) {
    return [EntityKind.person, start, trimPossessive(text, start, end)];
  }
  return [];
}

/**
 * Where a person's name starts inside a longer run with no title right before it; 0 when none does (a name
 * never starts a run here: the caller reads the run's start itself). At a given name and a surname (or two)
 * that end the run, after a role ("Labour MP | Stephen Pound", "Apple CEO | Steve Jobs"), or a given name and one
 * surname after a title and the words of its office ("US Undersecretary of State | John Bolton"; "Governor of
 * Virginia Mark Warner" is Mark Warner's, though Virginia is a given name too). Without a role or
 * title, a given name inside a run starts nothing ("JP Morgan Chase", "World Cross Country"), nor does one before
 * a place's or an organisation's ending ("Great Victoria Street").
 */
function givenNameAt(words: readonly string[]): number {
  const last = (words[words.length - 1] as string).toLowerCase();
  if (PLACE_ENDS.has(last) || ORG_ENDS.has(last)) return 0;
  for (let i = Math.max(1, words.length - 3); i < words.length - 1; i++) {
    if (!givenNames().has(words[i] as string)) continue;
    const afterRole = ROLES.has((words[i - 1] as string).toLowerCase());
    const afterOffice =
      i === words.length - 2 && words.slice(0, i).some((w) => TITLES.has(w.toLowerCase().replace(/\.$/, '')));
    if (!afterRole && !afterOffice) continue;
    return words.slice(i).some((w) => /^\p{Ll}/u.test(w) || w === '&') ? 0 : i;
  }
  return 0;
}

/** Whether `words` (an apposition's first words) name a person's role ("a composer", "the firm's chief executive"). */
function namesRole(words: string | undefined): boolean {
  if (words === undefined) return false;
  for (const word of words.split(' ')) {
    if (ROLES.has(word.toLowerCase())) return true;
  }
  return false;
}

/** A run of one all-capital word of two to six letters ("NBC", "IAAF"), not a place or title. */
function isAcronym(words: readonly string[]): boolean {
  const word = words[0] as string;
  return words.length === 1 && /^\p{Lu}{2,6}s?$/u.test(word) && !NOT_ORG_ACRONYMS.has(word);
}

/** `end`, less a possessive "'s" ("Fatboy Slim's" names Fatboy Slim). */
function trimPossessive(text: string, start: number, end: number): number {
  return /['’]s$/.test(text.slice(start, end)) ? end - 2 : end;
}
