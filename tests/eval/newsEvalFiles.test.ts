// The news question sets (data/eval/bbc-news-qa.json, written by reading each article,
// data/eval/bbc-news-headline-qa.json, written from each article's title and first sentence, and
// data/eval/bbc-news-fresh-qa.json, written the same way over other articles and held out whole) stay honest: their
// shape matches docs/eval-format.md, and every accepted phrase is short and really in its article (checked
// against ../shared when it is present).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../src/corpus/decodeFile.js';
import { normaliseForEval, readEvalFile } from '../../src/eval/seedEval.js';
import { REPO_ROOT } from '../support/fixtureCorpus.js';

const BBC = path.resolve(REPO_ROOT, '../shared/data/bbc-news/bbc');
const CATEGORIES = ['business', 'entertainment', 'politics', 'sport', 'tech'];
/** Longest accepted phrase: answers are a few words, never an article's sentence (the BBC text is not ours). */
const MAX_PHRASE_CHARS = 60;

/**
 * Each set, with the fewest answerable questions, articles they are about, and unanswerable questions it holds,
 * and the halves it has (the fresh set is held out whole: every question is in `test`).
 */
const SETS = [
  {
    file: 'data/eval/bbc-news-qa.json',
    answerable: 200,
    articles: 100,
    unanswerable: 60,
    splits: ['tune', 'test'],
  },
  {
    file: 'data/eval/bbc-news-headline-qa.json',
    answerable: 150,
    articles: 100,
    unanswerable: 30,
    splits: ['tune', 'test'],
  },
  {
    file: 'data/eval/bbc-news-fresh-qa.json',
    answerable: 120,
    articles: 95,
    unanswerable: 24,
    splits: ['test'],
  },
  {
    file: 'data/eval/bbc-news-review-style-qa.json',
    answerable: 120,
    articles: 60,
    unanswerable: 30,
    splits: ['tune', 'test'],
  },
  {
    file: 'data/eval/bbc-news-review-style-2-qa.json',
    answerable: 120,
    articles: 60,
    unanswerable: 20,
    splits: ['tune', 'test'],
  },
  {
    file: 'data/eval/bbc-news-crowd-style-qa.json',
    answerable: 100,
    articles: 50,
    unanswerable: 20,
    splits: ['tune', 'test'],
  },
  {
    file: 'data/eval/bbc-news-review-style-3-qa.json',
    answerable: 120,
    articles: 60,
    unanswerable: 20,
    splits: ['tune', 'test'],
  },
  {
    file: 'data/eval/bbc-news-crowd-style-2-qa.json',
    answerable: 100,
    articles: 50,
    unanswerable: 20,
    splits: ['tune', 'test'],
  },
  {
    file: 'data/eval/bbc-news-review-style-4-qa.json',
    answerable: 120,
    articles: 60,
    unanswerable: 20,
    splits: ['tune', 'test'],
  },
] as const;

describe.each(SETS)('$file', ({ file, answerable, articles, unanswerable, splits }) => {
  const read = async () => (await readEvalFile(path.join(REPO_ROOT, file))).questions;

  it(`has at least ${answerable} answerable questions over ${articles} articles and ${unanswerable} unanswerable ones, each with a split and a type`, async () => {
    const questions = await read();
    const answerableOnes = questions.flatMap((q) => ('accept' in q ? [q] : []));
    expect(answerableOnes.length).toBeGreaterThanOrEqual(answerable);
    // The article a question was written about is its id's prefix ("business/010-1").
    expect(new Set(answerableOnes.map((q) => q.id.replace(/-\d+$/, ''))).size).toBeGreaterThanOrEqual(
      articles,
    );
    expect(questions.filter((q) => 'unanswerable' in q).length).toBeGreaterThanOrEqual(unanswerable);
    expect(questions.filter((q) => q.split === undefined || q.type === undefined).map((q) => q.id)).toEqual(
      [],
    );
  });

  it(`has only the halves ${splits.join(' and ')}, every category in each, and short answer phrases only`, async () => {
    const questions = await read();
    expect([...new Set(questions.map((q) => q.split))].sort()).toEqual([...splits].sort());
    for (const split of splits) {
      const categories = new Set(
        questions.flatMap((q) =>
          'accept' in q && q.split === split ? q.accept.map((a) => a.source.split('/')[0]) : [],
        ),
      );
      expect([...categories].sort()).toEqual(CATEGORIES);
    }
    const long = questions.flatMap((q) =>
      'accept' in q ? q.accept.filter((a) => a.contains.length > MAX_PHRASE_CHARS) : [],
    );
    expect(long).toEqual([]);
  });

  it.skipIf(!existsSync(BBC))('finds every accepted phrase in its article (needs ../shared)', async () => {
    const missing: string[] = [];
    for (const q of await read()) {
      if (!('accept' in q)) continue;
      for (const a of q.accept) {
        const decoded = decodeFile(await readFile(path.join(BBC, `${a.source}.txt`)));
        const text = decoded.kind === 'text' ? normaliseForEval(decoded.text) : '';
        if (!text.includes(normaliseForEval(a.contains)))
          missing.push(`${q.id}: ${a.source} "${a.contains}"`);
      }
    }
    expect(missing).toEqual([]);
  });
});

// The fresh set measures whether changes tuned on the other two generalise, so none of its questions may be
// about an article those sets already ask about (their accepted sources).
it('asks the fresh set only about articles the tuned sets never accept as a source', async () => {
  const tuned = new Set<string>();
  for (const file of ['data/eval/bbc-news-qa.json', 'data/eval/bbc-news-headline-qa.json']) {
    for (const q of (await readEvalFile(path.join(REPO_ROOT, file))).questions)
      if ('accept' in q) for (const a of q.accept) tuned.add(a.source);
  }
  const fresh = (await readEvalFile(path.join(REPO_ROOT, 'data/eval/bbc-news-fresh-qa.json'))).questions;
  const reused = fresh
    .flatMap((q) => ('accept' in q ? [q.id.replace(/-\d+$/, '')] : []))
    .filter((id) => tuned.has(id));
  expect(reused).toEqual([]);
});

// The sets written later were each about stories no earlier set asks about (their fixed rule of choice), and
// split by story, so a tuning half never shares a story with a test half: a choice tuned on one half cannot be
// tuned on the other's story too.
it('asks each later set about stories no other set asks about, each story in one half only', async () => {
  const storiesOf = new Map<string, Map<string, Set<string | undefined>>>();
  for (const { file } of SETS) {
    const stories = new Map<string, Set<string | undefined>>();
    for (const q of (await readEvalFile(path.join(REPO_ROOT, file))).questions) {
      if (!('accept' in q)) continue;
      const story = q.id.replace(/-\d+$/, '');
      stories.set(story, (stories.get(story) ?? new Set()).add(q.split));
    }
    storiesOf.set(file, stories);
  }
  const mixed = [...storiesOf].flatMap(([file, stories]) =>
    [...stories].filter(([, halves]) => halves.size > 1).map(([story]) => `${file}: ${story}`),
  );
  expect(mixed).toEqual([]);
  for (const later of [
    'data/eval/bbc-news-review-style-qa.json',
    'data/eval/bbc-news-review-style-2-qa.json',
    'data/eval/bbc-news-crowd-style-qa.json',
    'data/eval/bbc-news-review-style-3-qa.json',
    'data/eval/bbc-news-crowd-style-2-qa.json',
    'data/eval/bbc-news-review-style-4-qa.json',
  ]) {
    const shared = [...(storiesOf.get(later)?.keys() ?? [])].filter((story) =>
      [...storiesOf].some(([file, stories]) => file !== later && stories.has(story)),
    );
    expect(shared, later).toEqual([]);
  }
});
