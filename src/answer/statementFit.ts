import { COMMA_PARTICIPLE, NAME_THEN_PARTICIPLE } from './attributionPatterns.js';

/** An opening or closing quotation mark: the sentence quotes someone. */
const QUOTE_MARK = /["“”]/;
/**
 * A word that attributes speech whoever speaks ("said", "told", "according to", "stated", "vowed"): news gives a
 * view as often with "stated that", "vowed", "denied" or a participle closing the sentence ("…, saying") as with
 * "said". Left out: words that are as often a noun, a name's or an adjective ("claims", "notes", "United
 * States", "a film called…", "the accused", "the predicted rise", "firefighters responded").
 */
const REPORTING =
  'said|says|saying|told|tells|added|adds|insisted|insisting|warned|claimed|claiming(?=\\s+that\\b)|argued|arguing|explained|stressed|admitted|stated|stating|vowed|pledged|promised|urged|denied|conceded|declared|acknowledged|emphasised|emphasized|replied|asserted';
const ATTRIBUTION = new RegExp(`\\b(?:say|according to|spokesman|spokeswoman|${REPORTING})\\b`, 'i');
/** Speech attributed to "he" or "she": the person of the sentence before, which named them. */
const PRONOUN_ATTRIBUTION = new RegExp(
  `\\b(?:he|she) (?:(?:has|had) )?(?:${REPORTING})\\b|\\b(?:said|says|added) (?:he|she)\\b`,
  'i',
);
/**
 * The verbs after a speaker's name that make a sentence that speaker's words (see attributionOf). Fewer than
 * REPORTING: with "stated", "vowed" and the like, "What did Vladimir Putin say about NATO?" put "Russian
 * President Vladimir Putin stated that he would do 'everything in his power'…", which never names NATO, before
 * his words about NATO (a quote of the speaker fits best, and outweighs the topic's word).
 */
const NAMED_SPEECH_VERBS =
  'said says told tells added adds insisted warned claimed argued explained stressed admitted';

/** Whether a sentence of `text` reports, with a closing participle, the view of its subject, one of `speakers`. */
function subjectReports(text: string, speakers: readonly string[]): boolean {
  for (const m of text.matchAll(NAME_THEN_PARTICIPLE)) {
    const words = (m[1] ?? '').toLowerCase().split(/\s+/);
    if (speakers.some((name) => name.split(/\s+/).every((w) => words.includes(w)))) return true;
  }
  return false;
}

/**
 * How well `text` fits "what did X say": speech attributed to one of `speakers` by name ("X said", "said
 * X", "X told", "according to X", "X's spokesman said") fits best (1), to "he"/"she" next (0.75), an
 * unattributed quotation half (0.5), and speech attributed to someone else least (0.25). With no speakers
 * asked about, any quotation fits.
 */
export function statementFit(text: string, speakers: readonly string[]): number {
  const quoted = QUOTE_MARK.test(text);
  const attributed = ATTRIBUTION.test(text);
  if (speakers.length === 0) return quoted ? 1 : 0;
  if (!quoted && !attributed) return 0;
  if (speakers.some((name) => attributionOf(name).some((pattern) => pattern.test(text)))) return 1;
  // "Putin has made it clear that he opposes…, claiming that…": the subject's view (speakerOf reads the same).
  if (COMMA_PARTICIPLE.test(text) && subjectReports(text, speakers)) return 1;
  if (PRONOUN_ATTRIBUTION.test(text)) return 0.75;
  return attributed ? 0.25 : 0.5;
}

/** A pattern for `escaped` matching it in any case, without the i flag (see attributionOf). */
function anyCase(escaped: string): string {
  return escaped.replace(/\p{L}/gu, (c) =>
    c.toLowerCase() === c.toUpperCase() ? c : `[${c.toLowerCase()}${c.toUpperCase()}]`,
  );
}

const SPEECH_VERB = `(?:${anyCase('has')}\\s+|${anyCase('had')}\\s+)?(?:${NAMED_SPEECH_VERBS.split(' ')
  .map(anyCase)
  .join('|')})`;
const SPOKESPERSON = anyCase('spokes') + `(?:${['man', 'woman', 'person'].map(anyCase).join('|')})`;
/** The attribution patterns of each speaker name asked about (a handful per process; kept). */
const attributionPatterns = new Map<string, readonly RegExp[]>();

/** "X said" (a few words or an apposition between), "X's spokesman said", "said X", "according to X". */
function attributionOf(name: string): readonly RegExp[] {
  let patterns = attributionPatterns.get(name);
  if (!patterns) {
    const n = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    patterns = [
      // Written in any case rather than with the i flag: V8 compiles `[\p{L}]` under i and u for every case
      // of every letter, ~1 ms more per speaker asked about.
      // Not after a preposition or "meeting": "Speaking with Putin, Schultz said" and "after meeting with
      // Macron, Putin said" are Schultz's and Putin's words.
      new RegExp(
        `(?<!\\b(?:with|to|about|for|from|against|by|on|of|at|meeting|met|meets|and)\\s+)\\b${anyCase(n)}\\b(?:['’]s)?(?:,?\\s+[\\p{L}'’-]+){0,4}?,?\\s+${SPEECH_VERB}\\b`,
        'u',
      ),
      new RegExp(`\\b${anyCase(n)}['’]s\\s+(?:[\\p{L}-]+\\s+)?${SPOKESPERSON}\\b`, 'u'),
      // Only a title between ("said German Chancellor Olaf Scholz"), never "said after meeting Scholz"; "said"
      // first only after a quotation or a comma ('"…," said X'): "Lord Butler said Mr Blair bypassed …" is Lord
      // Butler's words about Mr Blair.
      new RegExp(
        `(?:(?<=[,"“”’]\\s*)\\b(?:[sS]aid|[sS]ays)|\\b[aA]ccording to)\\s+(?:\\p{Lu}[\\p{L}'’.-]*\\s+){0,4}${anyCase(n)}\\b`,
        'u',
      ),
    ];
    if (attributionPatterns.size < 1000) attributionPatterns.set(name, patterns);
  }
  return patterns;
}
