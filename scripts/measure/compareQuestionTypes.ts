/**
 * Measures how well the question's answer type is read by the hand-written patterns (answerType.ts) and by the
 * compromise NLP library (with compromise-dates and compromise-numbers), against the hand-annotated `type` of
 * the questions of data/eval/bbc-news-qa.json, per half (`tune`, `test`). Also prints compromise's load time.
 *
 *   npm install --no-save compromise compromise-dates compromise-numbers   # not a dependency (see the report)
 *   npx tsx scripts/measure/compareQuestionTypes.ts [data/eval/bbc-news-qa.json]
 */
import { readFileSync } from 'node:fs';
import { answerTypeOf, type AnswerType } from '../../src/answer/answerType.js';

interface EvalQuestion {
  readonly question: string;
  readonly split?: string;
  readonly type?: string;
}

/** The annotation's vocabulary in the engine's: "number" is a count, "quote" a statement, "yes-no" other. */
/** A package that is not a dependency (installed with --no-save for this measurement), by a name TypeScript does not resolve. */
async function optional(name: string): Promise<unknown> {
  return ((await import(name)) as { default: unknown }).default;
}

const ANNOTATED: Readonly<Record<string, AnswerType>> = {
  person: 'person',
  organisation: 'organisation',
  place: 'place',
  date: 'date',
  duration: 'duration',
  number: 'count',
  money: 'money',
  reason: 'reason',
  quote: 'statement',
  'yes-no': 'other',
  other: 'other',
};

const file = process.argv[2] ?? 'data/eval/bbc-news-qa.json';
const questions = (JSON.parse(readFileSync(file, 'utf8')) as { questions: EvalQuestion[] }).questions;

const started = performance.now();
const nlp = (await optional('compromise')) as Compromise;
nlp.plugin((await optional('compromise-dates')) as never);
nlp.plugin((await optional('compromise-numbers')) as never);
const loadMs = performance.now() - started;

/** compromise's reading: the wh-word, then the tags compromise gives the head noun after which/what. */
function compromiseTypeOf(question: string): AnswerType {
  const doc = nlp(question);
  const terms: Term[] = doc.json()[0]?.terms ?? [];
  const words: string[] = terms.map((t) => t.normal);
  const tags = terms.map((t) => new Set(t.tags));
  const at = words.findIndex((w: string) => /^(who|whom|whose|when|where|why|how|what|which)$/.test(w));
  const wh = words[at] ?? '';
  const next = words[at + 1] ?? '';
  if (wh === 'how') {
    if (next === 'much') return doc.has('#Money') || doc.has('#Currency') ? 'money' : 'count';
    if (next === 'many') return 'count';
    if (next === 'long') return 'duration';
    if (/^(far|tall|high|deep|wide)$/.test(next)) return 'distance';
  }
  if (wh === 'when') return 'date';
  if (wh === 'what' || wh === 'which') {
    // The head noun: the first noun after the wh-word (adjectives and names may come between).
    for (let i = at + 1; i < words.length; i++) {
      const t = tags[i] as Set<string>;
      if (t.has('Verb') && !t.has('Noun')) break;
      if (!t.has('Noun') && !t.has('Date') && !t.has('Duration')) continue;
      if (t.has('Date') || t.has('Duration')) return 'date';
      if (t.has('Money') || t.has('Currency')) return 'money';
      if (t.has('Actor') || t.has('Person')) return 'person';
      if (t.has('Place') || t.has('Country') || t.has('City')) return 'place';
      if (t.has('Organization')) return 'organisation';
      if (t.has('Unit')) return 'distance';
      if (!t.has('ProperNoun')) break;
    }
  }
  if (wh === 'who' || wh === 'whom' || wh === 'whose') return 'person';
  if (wh === 'where') return 'place';
  if (wh === 'why') return 'reason';
  if (doc.has('(say|said|tell|told|promise|promised|claim|claimed|warn|warned)')) return 'statement';
  return 'other';
}

const classifiers: Record<string, (q: string) => AnswerType> = {
  patterns: answerTypeOf,
  compromise: compromiseTypeOf,
};

let tagMs = 0;
const rows: string[] = [];
for (const [name, classify] of Object.entries(classifiers)) {
  const right: Record<string, [number, number]> = {};
  const confusion = new Map<string, number>();
  for (const q of questions) {
    const expected = ANNOTATED[q.type ?? ''];
    if (!expected) continue;
    const t0 = performance.now();
    const got = classify(q.question);
    if (name === 'compromise') tagMs += performance.now() - t0;
    for (const group of ['all', q.split ?? 'none', `type:${q.type}`]) {
      const cell = (right[group] ??= [0, 0]);
      cell[1]++;
      if (got === expected) cell[0]++;
    }
    if (got !== expected) confusion.set(`${expected}→${got}`, (confusion.get(`${expected}→${got}`) ?? 0) + 1);
  }
  for (const [group, [ok, n]] of Object.entries(right).sort()) {
    rows.push(
      `${name.padEnd(11)} ${group.padEnd(18)} ${String(ok).padStart(3)}/${String(n).padEnd(3)} ${((100 * ok) / n).toFixed(1)}%`,
    );
  }
  rows.push(
    `${name.padEnd(11)} errors: ${[...confusion]
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
}
console.log(rows.join('\n'));
console.log(
  `compromise: load ${loadMs.toFixed(0)} ms, ${(tagMs / questions.length).toFixed(2)} ms per question`,
);

interface Term {
  readonly normal: string;
  readonly tags: string[];
}
interface Doc {
  json(): { terms: Term[] }[];
  has(match: string): boolean;
}
type Compromise = ((text: string) => Doc) & { plugin(plugin: never): void };
