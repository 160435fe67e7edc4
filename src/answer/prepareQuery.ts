import type { PassageIndex } from '../index/PassageIndex.js';
import { slipNeighbours, undoubled, type Slips } from '../index/slipNeighbours.js';
import { STOP_WORDS, withoutPossessiveOwn } from '../index/stopWords.js';
import { processTerm, tokenize, writtenForm } from '../index/terms.js';
import { answerTypeOf, questionWordsOf, typeWordsOf, type AnswerType } from './answerType.js';
import { isOneSlipApart } from '../index/editDistance.js';
import { isMangledStem } from './isMangledStem.js';
import { agentNounHits } from './agentNounHits.js';
import { givenNameTerms } from './givenNameTerms.js';
import { pastFormHits } from './pastFormHits.js';
import { isLeftOutOfRelatedTerms, type RelatedTerms } from './relatedTerms.js';

/** Weight factor of the noun right after a leading "which"/"what" (see prepareQuery). */
const HEAD_NOUN_FACTOR = 0.5;
/**
 * Weight factor of a given name right before a surname in the question ("**Vladimir** Putin"): news names a
 * person in full once, then by surname alone ("Putin said"), so a passage without the given name may still be
 * about them. It is no name the passage must hold either (Query.nameTerms).
 */
// On the news tuning half: 1 (only out of nameTerms) 113/163 first right, 134 with the answer in a quote;
// 0.5: 113, 136; 0: 112, 136. SQuAD R@1 81.46, 81.49, 81.47.
const GIVEN_NAME_FACTOR = 0.5;

/** Discord's mention, channel, role, custom emoji and timestamp markup, whose ids are digits. */
const DISCORD_MARKUP = /<(?:[@#][!&]?\d+|a?:\w+:\d+|t:\d+(?::\w)?)>/g;

/** A question ready for ranking: its terms, their IDF weights, and what kind of answer it wants. */
export interface Query {
  /** The question's own words (see answerTypeFit). */
  readonly words: ReadonlySet<string>;
  readonly searchText: string;
  readonly terms: readonly string[];
  readonly weights: Float64Array;
  readonly totalWeight: number;
  readonly type: AnswerType;
  /**
   * Every word of the question with an index term, answer-kind words ("year", "long") included, for the
   * surface coverage: its term, its lowercase form as written, and its IDF weight.
   */
  readonly allWords: {
    readonly terms: readonly string[];
    readonly surfaces: readonly string[];
    readonly weights: Float64Array;
  };
  /** Index terms of the capitalised words after the first: the names the question mentions. */
  readonly nameTerms: readonly string[];
  /**
   * Who "what did X say" asks about, as written, lowercase: the capitalised words between the auxiliary and
   * the verb of speech ("What did **Tony Blair** say about jobs"), else every name of the question.
   */
  readonly speakers: readonly string[];
  /**
   * 1 at term q when the question joins terms q and q+1 by "of" ("president of Russia", "capital of the
   * country"), which the text may write as "Russia's president" (see quoteFeatures.ts).
   */
  readonly ofPairs: Uint8Array;
  /**
   * Two adjacent capitalised question words that the corpus also writes as one ("Time Warner": "TimeWarner"):
   * the one word's index term, and the index of the first of the two search terms it stands for.
   */
  readonly compounds: readonly Compound[];
  /**
   * Index terms of irregular past forms that stand for a question term asked in the base form after an
   * auxiliary ("did Macron tell": "told" → the index of "tell"; see pastFormHits.ts).
   */
  readonly pastForms: ReadonlyMap<string, number>;
  /**
   * Index terms of the agent nouns of the verb a "who" question asks about, each → the verb's index in
   * `terms` ("Who leads UKIP?": "leader"); they stand for it only right before a name (see agentNounHits.ts).
   */
  readonly agentNouns: ReadonlyMap<string, number>;
  /** Index terms of the question's numbers ("2018", "3.5"): a year or amount an answer must be about. */
  readonly numberTerms: readonly string[];
  /**
   * Search terms of words the corpus lacks that read as a typing slip, each with the corpus terms it may be a
   * slip for ("comming", term "com": "come"); matched like fuzzy neighbours (see slipsOf).
   */
  readonly slips: Slips;
}

/** See Query.compounds. */
export interface Compound {
  readonly term: string;
  readonly first: number;
}

/**
 * Turns a validated question into a query: its search terms without the words that only say what kind of
 * answer is wanted ("how many", "year"), weighted by their IDF in `index`. `words` (the related-terms table)
 * tells an English word the corpus lacks from a mistyped stop word (see retypeStopWords); without it, every
 * word the corpus lacks may be read as a slip.
 */
export function prepareQuery(index: PassageIndex, asked: string, words?: RelatedTerms): Query {
  // Ids in Discord's mention markup (<@123>, <#456>, <:emoji:789>) are neither words nor numbers of the
  // question: as search terms absent from the corpus they would weigh like an unknown name.
  // A stop word mistyped is read as the stop word everywhere, the answer type too ("whcih city").
  const question = withoutPossessiveOwn(retypeStopWords(index, asked.replace(DISCORD_MARKUP, ' '), words));
  const tokens = tokenize(question);
  const typeWords = new Set(typeWordsOf(question));
  const kept = typeWords.size === 0 ? tokens : tokens.filter((w) => !typeWords.has(w.toLowerCase()));
  const terms = [...surfacesByTerm(kept).keys()];
  // "Which countries take part…": the noun after which/what names the answer's kind ("Ukraine, Russia…"),
  // so the quote rarely repeats it; it counts for less.
  const head = /^\s*(?:which|what)\s+([\p{L}\p{N}'’-]+)/iu.exec(question)?.[1];
  const headTerm = head === undefined ? null : processTerm(head);
  const givenTerms = givenNameTerms(tokens);
  const weights = Float64Array.from(
    terms,
    (t) =>
      index.idf(t) * (t === headTerm ? HEAD_NOUN_FACTOR : 1) * (givenTerms.has(t) ? GIVEN_NAME_FACTOR : 1),
  );
  const compounds = compoundsOf(index, kept, terms);
  const nameWords = tokens.slice(1).filter((w) => /^\p{Lu}/u.test(w));
  const nameTerms = nameWords.map(processTerm).filter((t): t is string => t !== null && !givenTerms.has(t));
  const numberTerms = tokens
    .filter((w) => /^\p{N}/u.test(w))
    .map(processTerm)
    .filter((t): t is string => t !== null);
  const allOf = surfacesByTerm(tokens);
  const allTerms = [...allOf.keys()];
  const allWords = {
    terms: allTerms,
    surfaces: allTerms.map((t) => allOf.get(t) ?? ''),
    weights: Float64Array.from(allTerms, (t) => index.idf(t)),
  };
  return {
    allWords,
    nameTerms: [...new Set(nameTerms)],
    speakers: speakersOf(question, nameWords),
    numberTerms: [...new Set(numberTerms)],
    ofPairs: ofPairsOf(kept, terms),
    words: questionWordsOf(question),
    // The compound is searched too, so passages that write it as one word are found.
    searchText: [...kept, ...compounds.map((c) => c.written)].join(' '),
    compounds: compounds.map(({ term, first }) => ({ term, first })),
    pastForms: pastFormHits(question, terms),
    agentNouns: agentNounHits(question, terms),
    slips: slipsOf(index, tokens, terms, words),
    terms,
    weights,
    totalWeight: weights.reduce((a, b) => a + b, 0),
    type: answerTypeOf(question),
  };
}

/** Stop words long enough that one slip away from one is seldom another word ("abuot", "whcih", "wich"). */
const SLIP_PRONE_STOP_WORDS = [...STOP_WORDS].filter((word) => word.length >= 4 && /^[a-z]+$/.test(word));

/**
 * `question` with each stop word mistyped written as the stop word: a word absent from the corpus and one
 * typing slip from a stop word of four letters or more ("abuot", "whcih"). Kept, it would weigh as much as a
 * word about something the articles never mention, and the question would be declined. A capitalised word
 * after the first is a name, never a slip ("Thera" is not "there"), and so is an English word the articles
 * happen to lack ("cost" is not "most", "eight" not "might", "world" not "would"): one whose term `words`
 * lists (the related-terms table holds some 31,000 words of news English; of some 60 common slips of stop
 * words tried, it lists one, "tihs"), or a number, month or weekday, which that table leaves out. Read as the
 * stop word, the question would lose a word the articles lack (a small corpus lacks many) and be answered.
 */
function retypeStopWords(index: PassageIndex, question: string, words?: RelatedTerms): string {
  let first = true;
  return question.replace(/\p{L}+/gu, (word) => {
    const term = absentTermOf(index, word, !first);
    first = false;
    const lower = word.toLowerCase();
    if (term === null || isLeftOutOfRelatedTerms(lower)) return word;
    // A short stem the table lists may be a real word's ("paying" → "pai", one slip from "saying"): only a
    // doubled letter undone may make it a stop word ("beeing" → "bee": "being").
    const meant =
      words?.get(term) === undefined
        ? SLIP_PRONE_STOP_WORDS.find((stop) => isOneSlipApart(lower, stop))
        : isMangledStem(term, lower)
          ? undoubled(lower).find((variant) => SLIP_PRONE_STOP_WORDS.includes(variant))
          : undefined;
    if (meant === undefined) return word;
    return /^\p{Lu}/u.test(word) ? meant.charAt(0).toUpperCase() + meant.slice(1) : meant;
  });
}

/** Shortest word read as a slip: a word of three letters has dozens of one-slip neighbours in any corpus. */
const SLIP_MIN_LENGTH = 4;

/**
 * The index term of the question's word `word` when it may be a typing slip (see retypeStopWords and slipsOf),
 * else null: long enough (SLIP_MIN_LENGTH), absent from the corpus's text, and, when `namesKept`, not a name
 * (capitalised after the question's first word).
 */
function absentTermOf(index: PassageIndex, word: string, namesKept: boolean): string | null {
  if (word.length < SLIP_MIN_LENGTH || (namesKept && /^\p{Lu}/u.test(word))) return null;
  const term = processTerm(word);
  return term === null || index.frequencyOf(term) > 0 ? null : term;
}

/**
 * See Query.slips: each search term of `terms` whose word (in `tokens`, the question's words) the corpus lacks
 * and that reads as a typing slip, with the corpus terms of its one-slip variants (see slipNeighbours.ts).
 * Today's fuzzy matching compares stems, which a slip can mangle beyond reach ("comming" stems to "com",
 * "recieve" to "reciev" where "receive" is "receiv"); the word as typed is one slip from the word meant. A
 * name may be one ("Libral Democrats": "Liberal", stem "liber"), as fuzzy matching reads one (plainTypos.ts);
 * only a stop word must not be read from a name ("Thera" is not "there", see retypeStopWords). Not a slip: a
 * number, a word with other characters than a to z, and an English word the corpus happens to lack, whose term
 * the related-terms table `words` lists ("gases" is not "games": read so, a question about something the
 * articles never mention would be answered), unless its stem is mangled (isMangledStem): such a word is tried
 * only with its doubled letter undone ("comming": "coming"; "running" gives "runing", stem "rune", seldom a
 * corpus term), not with every slip ("running" would find "ruin" in "ruining").
 */
function slipsOf(
  index: PassageIndex,
  tokens: readonly string[],
  terms: readonly string[],
  words?: RelatedTerms,
): Map<string, string[]> {
  const slips = new Map<string, string[]>();
  tokens.forEach((raw) => {
    const word = raw.toLowerCase();
    if (!/^[a-z]+$/.test(word)) return;
    const term = absentTermOf(index, raw, false);
    if (term === null || slips.has(term) || !terms.includes(term) || isLeftOutOfRelatedTerms(word)) return;
    const english = words?.get(term) !== undefined;
    if (english && !isMangledStem(term, word)) return;
    // A short stem the table knows may be a real word's ("running" → "run"): only a doubled letter is undone.
    const neighbours = slipNeighbours(word, (t) => index.hasTerm(t), english);
    if (neighbours.length > 0) slips.set(term, neighbours);
  });
  return slips;
}

/** "What did X say / tell / claim": X, the capitalised words between the auxiliary and the verb. */
const SPEAKER =
  /\b(?:did|does|do|has|have|had|will|would)\s+((?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(?:say|said|tell|told|claim|think|call|promise|warn|admit|accuse|compare)\b/u;

function speakersOf(question: string, nameWords: readonly string[]): string[] {
  const named = SPEAKER.exec(question)?.[1];
  const words = named === undefined ? nameWords : named.trim().split(/\s+/);
  return [...new Set(words.map((w) => w.toLowerCase().replace(/['’]s$/, '')))];
}

/**
 * See Query.compounds: pairs of adjacent capitalised words of `tokens` that are consecutive search terms, whose
 * concatenation ("TimeWarner's" → "timewarn") the index holds.
 */
function compoundsOf(
  index: PassageIndex,
  tokens: readonly string[],
  terms: readonly string[],
): (Compound & { written: string })[] {
  const compounds: (Compound & { written: string })[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const [a, b] = [tokens[k - 1] as string, tokens[k] as string];
    if (!/^\p{Lu}\p{Ll}/u.test(a) || !/^\p{Lu}\p{Ll}/u.test(b)) continue;
    const [ta, tb] = [processTerm(a), processTerm(b)];
    const first = ta === null ? -1 : terms.indexOf(ta);
    if (first < 0 || tb === null || terms.indexOf(tb) !== first + 1) continue;
    const written = a + b;
    const term = processTerm(written);
    if (term !== null && !terms.includes(term) && index.frequencyOf(term) > 0) {
      compounds.push({ term, first, written });
    }
  }
  return compounds;
}

/** Articles that may follow "of" in "X of Y" ("capital of the country"). */
const ARTICLES = new Set(['the', 'a', 'an']);

/** See Query.ofPairs: `tokens` as searched, `terms` their distinct index terms in first-seen order. */
function ofPairsOf(tokens: readonly string[], terms: readonly string[]): Uint8Array {
  const pairs = new Uint8Array(terms.length);
  let last = -1;
  let between: string[] = [];
  for (const raw of tokens) {
    const term = processTerm(raw);
    if (term === null) {
      between.push(raw.toLowerCase());
      continue;
    }
    const q = terms.indexOf(term);
    const [first, ...rest] = between;
    if (last >= 0 && q === last + 1 && first === 'of' && rest.every((w) => ARTICLES.has(w))) pairs[last] = 1;
    last = q;
    between = [];
  }
  return pairs;
}

/** Each distinct index term of `tokens`, in first-seen order, with its first token as written (lowercase). */
function surfacesByTerm(tokens: readonly string[]): Map<string, string> {
  const surfaces = new Map<string, string>();
  for (const raw of tokens) {
    const term = processTerm(raw);
    if (term !== null && !surfaces.has(term)) surfaces.set(term, writtenForm(raw));
  }
  return surfaces;
}
