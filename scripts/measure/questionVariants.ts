/**
 * How the answer holds when a question is typed otherwise: each question of the eval files is asked as written
 * and in variants a person might type (a slip in one word, capitals, Title Case, lowercase, no question mark,
 * a greeting or request around it, a contraction, a pointer to the articles), and each variant's first quote is
 * compared with the written question's. Prints, per variant, how many gave the same first quote (or were
 * declined alike) and how many were declined instead, for answerable and unanswerable questions apart; with
 * `--list`, each variant that differs.
 *
 *   LOG_LEVEL=error npx tsx scripts/measure/questionVariants.ts <corpus folder> <questions.json>... [--list]
 *
 * The slips: for every word of five letters or more (not a stop word), two neighbouring letters swapped, one
 * dropped, one doubled, in the middle of the word. At the default MIN_CONFIDENCE.
 */
import { parseArgs } from 'node:util';
import { answer } from '../../src/answer/answer.js';
import { MIN_CONFIDENCE } from '../../src/answer/confidence.js';
import { loadCorpus } from '../../src/corpus/loadCorpus.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { readEvalFile } from '../../src/eval/seedEval.js';
import { STOP_WORDS } from '../../src/index/stopWords.js';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { list: { type: 'boolean', default: false } },
});
const [corpusDir, ...files] = positionals;
if (corpusDir === undefined || files.length === 0)
  throw new Error('usage: questionVariants.ts <corpus folder> <questions.json>... [--list]');

const { articles } = await loadCorpus(corpusDir);
const ctx = { ...answerContextOf(articles), minConfidence: MIN_CONFIDENCE };
const firstQuote = (question: string): string => {
  const result = answer(ctx, question);
  return result.kind === 'found'
    ? `${result.excerpts[0]?.sourceId}:${result.excerpts[0]?.start}`
    : result.kind;
};

const lowerFirst = (q: string): string => q.charAt(0).toLowerCase() + q.slice(1);
const QUESTION_WORD = /\b(what|who|where|when|how|why)( is| did| has)\b/i;
const CONTRACTED: Record<string, string> = { ' is': "'s", ' did': "'d", ' has': "'s" };
const VARIANTS: Record<string, (q: string) => string> = {
  capitals: (q) => q.toUpperCase(),
  titleCase: (q) => q.replace(/\b\p{L}/gu, (c) => c.toUpperCase()),
  lowercase: (q) => q.toLowerCase(),
  noQuestionMark: (q) => q.replace(/\?$/, ''),
  greeting: (q) => `Hi! ${q}`,
  canYouTellMe: (q) => `Can you tell me ${lowerFirst(q)}`,
  please: (q) => `Please, ${lowerFirst(q)}`,
  accordingTo: (q) => `${q.replace(/\?$/, '')}, according to the articles?`,
  contraction: (q) => q.replace(QUESTION_WORD, (_, wh: string, aux: string) => wh + (CONTRACTED[aux] ?? aux)),
};
const SLIPS: Record<string, (w: string, i: number) => string> = {
  swap: (w, i) => w.slice(0, i) + (w[i + 1] ?? '') + (w[i] ?? '') + w.slice(i + 2),
  drop: (w, i) => w.slice(0, i) + w.slice(i + 1),
  double: (w, i) => w.slice(0, i) + (w[i] ?? '') + w.slice(i),
};

const tally = new Map<string, { asked: number; same: number; declined: number }>();
const differ: string[] = [];
for (const file of files) {
  for (const q of (await readEvalFile(file)).questions) {
    const written = firstQuote(q.question);
    const kind = 'unanswerable' in q ? 'unanswerable' : 'answerable';
    const variants: [string, string][] = Object.entries(VARIANTS).map(([name, make]) => [
      name,
      make(q.question),
    ]);
    // Each word where it stands: String.replace(word) would slip its first occurrence, perhaps inside another
    // word ("Iran" in "Iranian").
    for (const { 0: word, index: at } of q.question.matchAll(/\p{L}+/gu)) {
      if (word.length < 5 || STOP_WORDS.has(word.toLowerCase())) continue;
      const middle = Math.floor(word.length / 2);
      const [before, after] = [q.question.slice(0, at), q.question.slice(at + word.length)];
      for (const [name, slip] of Object.entries(SLIPS))
        variants.push([`slip: ${name}`, before + slip(word, middle) + after]);
    }
    for (const [name, variant] of variants) {
      if (variant === q.question) continue;
      const key = `${name} (${kind})`;
      const counts = tally.get(key) ?? { asked: 0, same: 0, declined: 0 };
      tally.set(key, counts);
      const got = firstQuote(variant);
      counts.asked++;
      if (got === written) counts.same++;
      else {
        if (got === 'none') counts.declined++;
        differ.push(`${key}: ${got === 'none' ? 'declined' : `${got} (written: ${written})`}  ${variant}`);
      }
    }
  }
}
if (values.list) console.log(differ.join('\n'), '\n');
console.log('variant (questions)                  asked   same first quote   declined instead');
for (const [key, { asked, same, declined }] of [...tally].sort(([a], [b]) => a.localeCompare(b)))
  console.log(
    `${key.padEnd(36)} ${String(asked).padStart(5)}   ${String(same).padStart(5)} ${((100 * same) / asked).toFixed(1).padStart(6)}%   ${String(declined).padStart(5)}`,
  );
