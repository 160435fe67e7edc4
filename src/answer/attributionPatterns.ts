// The regular expressions that find who a quote attributes its words to (see speakerOf.ts): a name run before or
// after a speech verb, "according to X", "X's spokesman", "he/she said".

/** Verbs that attribute speech, in the past and present tense. */
// Present-tense forms that are also plural nouns ("EU states", "NATO claims") are left out; "added to" (the
// confusion, speculation) and "added 5.3%" (a share price) are no speech.
export const VERB =
  '(?:said|says|told|tells|added(?!\\s+(?:to\\b|[\\d£$€]))|adds(?!\\s+(?:to\\b|[\\d£$€]))|stated|insisted|insists|warned|warns|claimed|argued|argues|explained|stressed|admitted|admits|announced|declared|replied|wrote|writes|noted|described|vowed|promised|confirmed|urged)';
/** Words that may stand between a subject and its speech verb ("Macron also said", "Putin has said"). */
export const BETWEEN =
  '(?:(?:also|again|later|then|earlier|previously|once|has|had|have|had\\s+earlier|[a-z]+ly)\\s+){0,2}';
/** One capitalised word of a name ("Putin", "U.S.", "O'Neill", "Jean-Claude", "Putin's"). */
export const WORD = "\\p{Lu}[\\p{L}'’.-]*";
/** White space within a paragraph: a line break of hard-wrapped text, never a blank line. */
export const SPACE = '(?:[^\\S\\n]+|[^\\S\\n]*\\n[^\\S\\n]*)';
/**
 * Lowercase particles inside a person's name, between two capitalised words ("Bill de Blasio", "Osama bin
 * Laden", "Rafael van der Vaart"). Not "of" or "&", which tagEntities.ts also allows: they join organisations
 * ("Bank of England"), and a speaker is shown as a person's name, without titles.
 */
export const PARTICLES = `(?:(?:de|da|di|du|del|della|der|den|dos|das|la|le|van|von|bin|ibn|ter|ten)${SPACE})*`;
/**
 * The particles that may open a surname written without its first name ('"…," **de** Blasio said', "**van der**
 * Vaart told"). Not "la", "le", "ten" or the like: before a capitalised word they are more often English ("ten
 * Labour MPs said").
 */
export const SURNAME_OPENERS: readonly string[] = [
  'de',
  'da',
  'di',
  'du',
  'del',
  'della',
  'van',
  'von',
  'bin',
  'ibn',
];
const LEADING_PARTICLES = `(?:(?:${SURNAME_OPENERS.join('|')})${SPACE}${PARTICLES})?`;
// Starts a word: "Donald" in "McDonald" is no name. A run never crosses a blank line: a title ending in
// capitalised words ("Vienna Summit Ends") and "Officials said" below it are no "Vienna Summit Ends Officials".
export const RUN = `(?<![\\p{L}\\p{N}'’.-])${LEADING_PARTICLES}${WORD}(?:${SPACE}${PARTICLES}${WORD})*`;
/** Every run of capitalised words (matchAll copies it, so one serves every call). */
export const NAME_RUN = new RegExp(RUN, 'gu');
/** What may follow a name put after its verb ("…," said Putin.): the end, punctuation or a preposition. */
export const AFTER_NAME =
  '(?=\\s*(?:[,.;:!?)"”’]|$)|\\s+(?:on|in|at|after|during|when|while|before|adding|as|who)\\b)';

/** Whether a text has a speech verb at all: a cheap test before the patterns that need one. */
export const SPEECH_VERB = new RegExp(`\\b${VERB}\\b`);
/**
 * A name and its speech verb, an apposition between ("Gordon Brown, the chancellor, said") or the comma that
 * closes one before the name ('"…," his father, Kim Ledger, said').
 */
export const NAME_FIRST = new RegExp(`(${RUN})(?:,[^,;"“”]{1,60},)?,?\\s+${BETWEEN}${VERB}\\b`, 'gu');
/** "Scholz did not go as far in his comments, but said …": the same subject, no other name or clause between. */
export const NAME_THEN_BUT = new RegExp(
  // Only a sentence's subject: "They met Putin today and said" is not Putin's.
  `(?<=^|[.!?]["”’]?\\s+)(${RUN})\\s+(?!who\\b|which\\b|that\\b)[a-z][a-z’'-]*(?:\\s+[a-z][a-z’'-]*){0,10},?\\s+(?:but|and)\\s+(?:also\\s+)?${VERB}\\b`,
  'gu',
);
/**
 * A reporting participle closing a sentence (", saying …", ", claiming that …"): what the sentence's subject
 * says. "Claiming", "adding", "warning" and "explaining" report only before "that", a colon or a quotation mark
 * ("…, claiming the men's 800m" is a win, "…, adding 10 points" a score).
 */
const PARTICIPLE = `(?:saying|insisting|arguing|stating|(?:claiming|adding|warning|explaining)(?=\\s+(?:that\\b|["“])|:))`;
/** Titles and initials whose full stop ends no sentence ("Sen. John McCain", "J. Smith"). */
const ABBREVIATION = '(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|St|Prof|Rev|Sgt|Capt|Jr|\\p{Lu})';
/** Words that open a sentence before a clause or a phrase, not its subject ("When Carson died, Bush…"). */
const OPENER =
  '(?:When|If|After|Before|While|As|Although|Though|Since|Because|Once|Until|Unless|Despite|With|In|On|At|For|From|By|Like|Unlike|Under|During|Following|Amid|Without|Against|Asked|Speaking|Having|A|An|The)';
/** A verb right after the subject: an auxiliary or adverb first, or a past form ("has made", "issued", "became"). */
const SUBJECT_VERB =
  '(?:(?:has|have|had|is|was|were|will|would|did|does|also|again|then|later|once)\\s+)*(?:[a-z]+ed|became|made|gave|took|went|came|met|spoke|wrote|held|led|left|set|put|hit|won|lost|kept|brought|sought|thought|felt|found|began|broke|chose|drew|fought|got|grew|knew|ran|rose|saw|sent|sold|told|threw|spent|paid|heard|meant|stood|struck|said|says|makes|takes|gives|urges|warns|insists|argues|claims|denies|rejects|accuses|defends|backs|hails|slams|attacks|criticises|criticizes|welcomes|dismisses)\\b';
/**
 * The sentence's subject, a verb right after it (an apposition between: "Gordon Brown, the chancellor, said…"),
 * then no sentence end, relative or other clause ("…, while India has rejected…, saying" is India's), quotation
 * or other speaker (", he claimed,"), then ", <participle>".
 * "Putin has made it clear that he opposes NATO's eastward expansion…, claiming that it poses a threat" is
 * Putin's; "When Carson died, President Bush led the tributes, saying…" not Carson's; "Gordon Brown's team
 * issued a statement, saying…" not Brown's; "Democrats criticised Sen. John McCain, saying…" not McCain's;
 * "Church ministers are trying to stop Nelly, saying…" names no speaker.
 */
export const NAME_THEN_PARTICIPLE = new RegExp(
  `(?<=^|(?<!\\b${ABBREVIATION})[.!?]["”’]?\\s+)(?!${OPENER}\\b)(${RUN})(?<!['’]s|['’])(?:,[^,;"“”]{1,60},)?\\s+${SUBJECT_VERB}(?![^.!?;"“”]*?(?:\\b(?:who|which|while|whereas|but|although|though|as|after|before|because|when)\\b|,\\s*(?:he|she|they|we)\\s+[a-z]+\\s*,))[^.!?;"“”]{0,200}?,\\s+${PARTICIPLE}`,
  'gu',
);
/** What NAME_THEN_PARTICIPLE needs besides the name: a cheap test before it. */
export const COMMA_PARTICIPLE = new RegExp(`,\\s+${PARTICIPLE}`);
/** What NAME_THEN_BUT needs besides the name: a cheap test before it. */
export const BUT_THEN_VERB = new RegExp(`\\b(?:but|and)\\s+(?:also\\s+)?${VERB}\\b`);
export const SPOKESMAN = new RegExp(
  `(${RUN})(['’])s\\s+((?:[a-z-]+\\s+)?spokes(?:man|woman|person))\\b`,
  'gu',
);
// Not "told" or "tells": after them comes the listener ("…, from the IFS, told BBC News"), not the speaker.
export const VERB_FIRST = new RegExp(
  `(?:["”’,]\\s*)(?!told\\b|tells\\b)${VERB}\\s+(${RUN})${AFTER_NAME}`,
  'gu',
);
export const ACCORDING = new RegExp(`\\b[aA]ccording to\\s+(${RUN})${AFTER_NAME}`, 'gu');
// Not in a clause about something else: "… to Lord Ashcroft after he said the party could not win" is no
// attribution of the quote.
export const PRONOUN = new RegExp(
  `(?<!\\b(?:after|before|when|because|since|if|that|as|until|while|although|though|unless|once|where|whether)\\s+)\\b(?:[hH]e|[sS]he)\\s+${BETWEEN}${VERB}\\b|["”’,]\\s*${VERB}\\s+(?:he|she)\\b`,
  'gu',
);
/**
 * Words said by someone the text does not name: "…, the spokesman said.", "the Tory leader said", "the firm
 * added". A "he" after it is that person, and a quote holding it is not the named speaker's alone.
 */
export const UNNAMED_SAID = new RegExp(
  `\\b(?:the|a|an|his|her|its|their|one)\\s+(?:(?!(?:he|she|they|we|it|i|who|that|which|had|has|have|was|were|is|are|would|could|will|also)\\b)[\\p{L}'’-]+\\s+){0,3}?${BETWEEN}${VERB}\\b`,
  'u',
);
// Clauses that break "X …, but said": another subject may start in them ("Putin met them after they said").
export const SUBORDINATE =
  /\b(?:who|which|that|when|while|after|before|because|if|since|although|whom|whose|where)\b/;
