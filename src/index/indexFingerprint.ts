import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article } from '../corpus/Article.js';
import { buildPassages } from '../passages/buildPassages.js';
import { givenNames } from '../passages/givenNames.js';
import { FIELDS } from './searchOptions.js';
import { STOP_WORDS } from './stopWords.js';
import { processTerm, tokenize } from './terms.js';

// The fingerprint of the analysis code that every index cache key includes (see indexCache.ts), so a change
// to tokenising, stemming, stop words, passage splitting or tagging invalidates old caches.

/**
 * Bump when the index or passage layout, or passage splitting, changes in a way the probes below cannot see.
 * 3: passages are saved with the index rather than cut again at every start.
 * 4: passages carry their sentences' tags (tagSentences.ts), computed when the index is built.
 * 5: the money tag reads amounts in words ("3.5 million pounds").
 * 6: person and organisation tags; a tag's kind takes 4 bits, its length 8 (tagSentences.ts's packTag).
 * 7: no number tag on a date's day or year ("February 7"), no reason tag on a "since" that dates.
 * 8: more reason words ("blames", "following", "thanks to", "aims to", "goal").
 * 9: no reason tag on "the following year" or a goal scored, only on "the goal … is to".
 * 10: a spelt-out acronym is one term with its acronym ("United States" → us, see terms.ts).
 * 11: no reason tag on a "due to" that schedules ("due to open on Friday").
 * 12: the scheduling verbs after "due to" in a list of their own, an adverb allowed between ("due to formally open").
 * 13: a sum after a currency sign tagged whole ("$54.9m", not "$5"), and no distance inside a sum ("70m euros").
 * 14: a name ending in "Hospital", "Museum", "Gallery" or "Hotel" is an organisation's.
 * 15: "amid" and "amidst" give a reason.
 * 16: "within" a number of days to decades is a date ("within several decades").
 * 17: "within eleven/fifteen/twenty/thirty …" too; a distance after a sum and a comma is one ("£5, 10 miles").
 * 18: a name of two or more words ending in a plural after "the" is an organisation's ("the Pittsburgh Steelers").
 * 19: numbers in words from thirteen to ninety-nine are numbers ("fourteen points", "fifty percent").
 * 20: a year before or after an era ("430 BC", "AD 14") and "centuries" are dates.
 * 21: only an era in capitals: "3 ad campaigns" holds no date.
 * 22: "the Golan Heights", "the Home Counties", "the Low Countries" are no team's name.
 * 23: a name before a lowercase word for an organisation is one's ("the Fox TV network").
 * 24: nothing in a dateline is tagged ("LONDON, England (CNN) --" names no organisation).
 * 25: a headless story's title field holds its lede's first sentence (searchTitleOf.ts), not the title's 80 characters,
 *     when the story has paragraphs after the lede; a story of one paragraph keeps its title there.
 * 26: a dateline written with no dash ("(CNN)The…") is one, untagged and left out of the title.
 * 27: only a paragraph opens with a dateline: "EADS - Airbus' owner - admitted" mid-paragraph names EADS.
 * 28: "the US firm", "the Japanese company", "the Seattle-based group" name no organisation.
 * 29: a line ending in "»" is a link ("Watch the mayor describe the fire »"), never indexed.
 * 30: …but not a quotation in guillemets («…»), nor is a short one a heading.
 * 31: an age ("the 28-year-old", "two years old") holds no unit of time (tagSentences.ts's durationUnit).
 * 32: newspapers' names ending in Chronicle, Herald, Gazette, Tribune, Mirror or Observer are organisations'.
 * 33: a given name and surname ending a capitalised run after a role ("Labour MP Stephen Pound") are a person's.
 * 34: …after a title's office only as first name and surname, never before a place's or firm's ending.
 * 35: "reasons" gives a cause as "reason" does ("for security reasons").
 * 36: so do "in response to", "in the aftermath of", "prompted by", "hurt by" and the like.
 * 37: sums in rupees, yuan, roubles, kroner, francs, pesos, lira, dinars and rand are money.
 * 38: …and in krone.
 * 39: a year alone ("in 2003") is a date, never a number.
 * 40: "said Junya Tanase of JPMorgan Chase" names a person and a firm, not one organisation.
 * 41: …the part after "of" is never a person, and "Head of", "Chamber of" and roles before "of" are not split.
 * 42: "own" is indexed (no longer a stop word).
 * 43: a sentence may end after "p.m.", "D.C.", "Co." and the like when a sentence's first word follows.
 * 44: …but not before "Police", "Officials" or "Authorities" ("D.C. Police Chief Cathy Lanier").
 */
const INDEX_FORMAT_VERSION = 44;
/** Sample text whose terms change whenever tokenising, stemming or stop words change. */
const PROBE =
  'Running U.S. troops’ 100,000 pipelines, Russia’s café e-mail 3.5 NATO won’t were WHO said United  Nations';
/**
 * Sample article whose passages and sentences change whenever passage splitting changes: abbreviations,
 * quotations, furniture and headings to skip, and a paragraph long enough to be cut into runs of sentences.
 */
const PASSAGE_PROBE = [
  'MOSCOW (Reuters) -',
  'U.S. Sen. J. Smith met Mr. Putin at 10 a.m. on Feb. 8. "We will bring an end to it," he said. Is it over? No!',
  // Person and organisation tags (tagEntities.ts, with data/given-names.txt): a title, a role, an age, a given
  // name, a firm's ending, an acronym and a place.
  'Deputy Judge Richard Mawrey, 61, told Kraft Foods and NBC that chairman Terry Lundgren met Andy Scott in Bordesley Green.',
  'Click here to sign up for our newsletter.',
  // News that uses a call to action's words: kept (boilerplate.ts).
  'Creditors gave the group until Wednesday to sign up to a rescue package.',
  'Related coverage',
  Array.from(
    { length: 24 },
    (_, i) => `Sentence ${i + 1} of a long paragraph says something… about 3.5% growth.`,
  ).join(' '),
  'Source link',
].join('\n\n');

/**
 * What the index depends on besides the corpus: format version, stop words, the terms of a probe sentence and
 * the passages of a probe article. Part of every cache key, so changing the analysis code invalidates old caches.
 */
function optionsFingerprint(): string {
  const probeArticle: Article = {
    id: 'probe',
    path: 'probe.txt',
    title: 'Probe',
    date: null,
    url: null,
    text: PASSAGE_PROBE,
    bodyStart: 0,
    encoding: 'utf-8',
    duplicateIds: [],
  };
  return JSON.stringify([
    INDEX_FORMAT_VERSION,
    FIELDS.map((field) => field.name),
    [...STOP_WORDS].sort(),
    tokenize(PROBE).map(processTerm),
    // The tags too, as packed: a change to the tag patterns or their packing invalidates old caches.
    buildPassages([probeArticle]).map((passage) => [passage.sentences, [...passage.tags]]),
    // And the given names that make a name a person's: the probe shows only a change to "Andy".
    [...givenNames()].sort().join(' '),
  ]);
}

/** The fingerprint, computed once per process: probing cuts and tags a sample article (about 30 sentences). */
let fingerprint: string | undefined;

/**
 * The folder of the compiled build this code runs from (scripts/build.mjs defines it), undefined when the
 * TypeScript runs itself (tests, tsx).
 */
const BUILD_DIR = (globalThis as { VERBATIM_BUILD_DIR?: string }).VERBATIM_BUILD_DIR;

/**
 * `optionsFingerprint()`, computed on first use: it depends only on the code. A build never changes once made,
 * so its fingerprint is kept in its folder for the next process (making it costs ~25 ms of every CLI start).
 */
export function fingerprintOnce(): string {
  fingerprint ??= BUILD_DIR === undefined ? optionsFingerprint() : fingerprintKeptIn(BUILD_DIR);
  return fingerprint;
}

/** The fingerprint kept in `dir` (a build folder), made and kept there when missing. */
export function fingerprintKeptIn(dir: string, make: () => string = optionsFingerprint): string {
  const file = path.join(dir, 'index-fingerprint.txt');
  try {
    return readFileSync(file, 'utf8');
  } catch {
    // The build's first run: make it below.
  }
  const made = make();
  try {
    writeFileSync(`${file}.${process.pid}.tmp`, made);
    renameSync(`${file}.${process.pid}.tmp`, file);
  } catch {
    // A read-only build folder: made again by every process, as without a build.
  }
  return made;
}
