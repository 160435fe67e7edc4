// The regular expressions that find who a quote attributes its words to (see speakerOf.ts): a name run before or
// after a speech verb, "according to X", "X's spokesman", "he/she said".

/** Verbs that attribute speech, in the past and present tense. */
// Present-tense forms that are also plural nouns ("EU states", "NATO claims") are left out; "added to" (the
// confusion, speculation) is no speech.
export const VERB =
  '(?:said|says|told|tells|added(?!\\s+to\\b)|adds(?!\\s+to\\b)|stated|insisted|insists|warned|warns|claimed|argued|argues|explained|stressed|admitted|admits|announced|declared|replied|wrote|writes|noted|described|vowed|promised|confirmed|urged)';
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
export const NAME_FIRST = new RegExp(`(${RUN})(?:,[^,;"“”]{1,60},)?\\s+${BETWEEN}${VERB}\\b`, 'gu');
/** "Scholz did not go as far in his comments, but said …": the same subject, no other name or clause between. */
export const NAME_THEN_BUT = new RegExp(
  // Only a sentence's subject: "They met Putin today and said" is not Putin's.
  `(?<=^|[.!?]["”’]?\\s+)(${RUN})\\s+(?!who\\b|which\\b|that\\b)[a-z][a-z’'-]*(?:\\s+[a-z][a-z’'-]*){0,10},?\\s+(?:but|and)\\s+(?:also\\s+)?${VERB}\\b`,
  'gu',
);
/**
 * A reporting participle closing a sentence (", claiming that …", ", saying …"): what the sentence's subject says.
 * "Putin has made it clear that he opposes NATO's eastward expansion…, claiming that it poses a threat".
 */
// "Claiming" reports only before "that": "…, claiming the men's 800m" is a win.
export const PARTICIPLE =
  '(?:saying|claiming(?=\\s+that\\b)|adding|insisting|arguing|warning|stating|explaining)';
/**
 * The sentence's subject, then no sentence end, relative clause or quotation, then ", <participle>". Not after
 * an opening clause ("When Carson died, President Bush led the tribute, saying…" is Bush's); not a possessive
 * ("Putin's spokesman …, saying" is the spokesman's).
 */
export const NAME_THEN_PARTICIPLE = new RegExp(
  `(?<=^|[.!?]["”’]?\\s+)(?!(?:When|If|After|Before|While|As|Although|Though|Since|Because|Once|Until|Unless|Despite|With|In|On|At|For|From|By)\\b)(${RUN})(?<!['’]s)\\s+(?![^.!?;"“”]*?\\b(?:who|which)\\b)[^.!?;"“”]{1,200}?,\\s+${PARTICIPLE}\\b`,
  'gu',
);
/** What NAME_THEN_PARTICIPLE needs besides the name: a cheap test before it. */
export const COMMA_PARTICIPLE = new RegExp(`,\\s+${PARTICIPLE}\\b`);
/** What NAME_THEN_BUT needs besides the name: a cheap test before it. */
export const BUT_THEN_VERB = new RegExp(`\\b(?:but|and)\\s+(?:also\\s+)?${VERB}\\b`);
export const SPOKESMAN = new RegExp(
  `(${RUN})(['’])s\\s+((?:[a-z-]+\\s+)?spokes(?:man|woman|person))\\b`,
  'gu',
);
export const VERB_FIRST = new RegExp(`(?:["”’,]\\s*)${VERB}\\s+(${RUN})${AFTER_NAME}`, 'gu');
export const ACCORDING = new RegExp(`\\b[aA]ccording to\\s+(${RUN})${AFTER_NAME}`, 'gu');
export const PRONOUN = new RegExp(
  `\\b(?:[hH]e|[sS]he)\\s+${BETWEEN}${VERB}\\b|["”’,]\\s*${VERB}\\s+(?:he|she)\\b`,
  'gu',
);
// Clauses that break "X …, but said": another subject may start in them ("Putin met them after they said").
export const SUBORDINATE =
  /\b(?:who|which|that|when|while|after|before|because|if|since|although|whom|whose|where)\b/;
