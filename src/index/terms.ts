import { stemmer } from 'stemmer';
import { STOP_WORDS } from './stopWords.js';

/**
 * Names that news writes both spelt out and as an acronym ("the United States", "the US", "the U.S."), by the
 * acronym's term: each is one token whose term is the acronym's, so a question in one form finds a story in the
 * other. Only names whose acronym, written in capitals, means nothing else in news English (the pronoun "us" is
 * a stop word; see stopWords.ts); "Britain" is not quite the UK, nor "America" the US.
 */
const SPELT_OUT_ACRONYMS: ReadonlyMap<string, string> = new Map([
  ['united states', 'us'],
  ['united kingdom', 'uk'],
  ['united nations', 'un'],
  ['european union', 'eu'],
  ['soviet union', 'ussr'],
  ['united arab emirates', 'uae'],
  ['international monetary fund', 'imf'],
  ['world trade organization', 'wto'],
  ['world trade organisation', 'wto'],
  ['world health organization', 'who'],
  ['world health organisation', 'who'],
  ['european central bank', 'ecb'],
  ['national health service', 'nhs'],
  ['central intelligence agency', 'cia'],
]);

/**
 * The spelt-out names, each word capitalised or not ("United States", "european union"; not "UNITED STATES"),
 * spaces and at most one line break between words (a paragraph break ends a name), never inside a longer word.
 */
const SPELT_OUT = [...SPELT_OUT_ACRONYMS.keys()]
  .map((name) =>
    name
      .split(' ')
      .map((word) => `[${word[0]?.toUpperCase()}${word[0]}]${word.slice(1)}`)
      .join('(?:[^\\S\\n]*\\n[^\\S\\n]*|[^\\S\\n]+)'),
  )
  .join('|');

/**
 * One token of text: a spelt-out acronym (United States), dotted acronyms (U.S., U.S), numbers with separators
 * (100,000; 3.5), or words with inner apostrophes (Russia’s, won't). Hyphenated words are separate tokens
 * ("far-reaching" → far, reaching) so a question can match either half.
 */
const TOKEN = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${SPELT_OUT})(?![\\p{L}\\p{N}])|(?:\\p{Lu}\\.){1,}\\p{Lu}\\.?|\\p{N}+(?:[.,]\\p{N}+)*|[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}]*(?:['’][\\p{L}\\p{M}]+)*`,
  'gu',
);

/**
 * A token as written, lowercase, with a spelt-out name's white space made one space ("United\nStates" → "united
 * states"), so a question's words and a passage's compare as written (the exact-wording features).
 */
export function writtenForm(raw: string): string {
  const lower = raw.toLowerCase();
  // Only a spelt-out name holds white space, and the shortest is 12 characters ("soviet union").
  return lower.length >= 12 && /\s/.test(lower) ? lower.replace(/\s+/g, ' ') : lower;
}

/** A token with its place in the text it came from (UTF-16 offsets, end exclusive). */
export interface Token {
  readonly raw: string;
  readonly start: number;
  readonly end: number;
}

/** Splits text into raw tokens (case kept, so `processTerm` can tell "US" from "us"). */
export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Like `tokenize`, with each token's offsets in `text`, for highlighting and proximity. */
export function tokenizeWithOffsets(text: string): Token[] {
  const tokens: Token[] = [];
  // The tokens as strings, each then found from the end of the one before: `matchAll` made an array (with
  // its index, input and groups) per token, which answering a question did by the thousand. The first
  // occurrence is the match itself: no match starts in the text between two matches, which holds no letter or
  // digit (every token starts with one), so no token's characters.
  let at = 0;
  for (const raw of tokenize(text)) {
    const start = text.indexOf(raw, at);
    at = start + raw.length;
    tokens.push({ raw, start, end: at });
  }
  return tokens;
}

/** Acronyms written in capitals (US, U.S., NATO): kept whole and never dropped as stop words ("US" ≠ "us"). */
const ACRONYM = /^(?:\p{Lu}\.?){2,8}$/u;

/**
 * Normalises one raw token to an index term, or null for a stop word. Used by the index for both indexing
 * and queries, so the two always agree: lowercase, straight apostrophes, possessive 's removed, thousands
 * separators removed from numbers, then the Porter stemmer (English).
 */
export function processTerm(raw: string): string | null {
  const cached = memo.get(raw);
  if (cached !== undefined) return cached;
  const term = computeTerm(raw);
  // The vocabulary of news text is bounded; the cap only guards against pathological input.
  if (memo.size < MEMO_LIMIT) memo.set(raw, term);
  return term;
}

/** Stemming is the costliest step of a query; words repeat, so results are remembered (raw token → term). */
const memo = new Map<string, string | null>();
const MEMO_LIMIT = 500_000;

/**
 * `processTerm` without remembering the result: for words made up by the hundred (see slipVariants), which would
 * crowd out the question and corpus words the memo is for.
 */
export function processTermUnremembered(raw: string): string | null {
  return computeTerm(raw);
}

function computeTerm(raw: string): string | null {
  const acronym = /\s/.test(raw) ? SPELT_OUT_ACRONYMS.get(writtenForm(raw)) : undefined;
  if (acronym !== undefined) return acronym;
  if (ACRONYM.test(raw)) return raw.replaceAll('.', '').toLowerCase();
  if (/^\p{N}/u.test(raw)) return /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/.test(raw) ? raw.replaceAll(',', '') : raw;
  const word = raw.toLowerCase().replaceAll('’', "'").replace(/'s$/, '');
  if (STOP_WORDS.has(word) || word.length === 0) return null;
  // Strip diacritics after the stop-word check so "café" and "cafe" meet.
  const folded = word.normalize('NFKD').replace(/\p{M}/gu, '');
  return stemmer(folded);
}

/** The distinct index terms of a text, in first-seen order. */
export function termsOf(text: string): string[] {
  const seen = new Set<string>();
  for (const raw of tokenize(text)) {
    const term = processTerm(raw);
    if (term !== null) seen.add(term);
  }
  return [...seen];
}
