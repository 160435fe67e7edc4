// The headline-style news question set (data/eval/bbc-news-headline-qa.json) stays honest: its shape matches
// docs/eval-format.md, and every accepted phrase is short and really in its article (checked against ../shared
// when it is present).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeFile } from '../../src/corpus/decodeFile.js';
import { normaliseForEval, readEvalFile } from '../../src/eval/seedEval.js';
import { REPO_ROOT } from '../support/fixtureCorpus.js';

const FILE = path.join(REPO_ROOT, 'data/eval/bbc-news-headline-qa.json');
const BBC = path.resolve(REPO_ROOT, '../shared/data/bbc-news/bbc');
const CATEGORIES = ['business', 'entertainment', 'politics', 'sport', 'tech'];
/** Longest accepted phrase: answers are a few words, never an article's sentence (the BBC text is not ours). */
const MAX_PHRASE_CHARS = 60;

describe('data/eval/bbc-news-headline-qa.json', () => {
  it('has at least 150 answerable questions over 100 articles and 30 unanswerable ones, each with a split and a type', async () => {
    const { questions } = await readEvalFile(FILE);
    const answerable = questions.flatMap((q) => ('accept' in q ? [q] : []));
    expect(answerable.length).toBeGreaterThanOrEqual(150);
    // The article a question was written about is its id's prefix ("business/010-1").
    expect(new Set(answerable.map((q) => q.id.replace(/-\d+$/, ''))).size).toBeGreaterThanOrEqual(100);
    expect(questions.filter((q) => 'unanswerable' in q).length).toBeGreaterThanOrEqual(30);
    expect(questions.filter((q) => q.split === undefined || q.type === undefined).map((q) => q.id)).toEqual(
      [],
    );
  });

  it('has every category in both halves, and short answer phrases only', async () => {
    const { questions } = await readEvalFile(FILE);
    for (const split of ['tune', 'test']) {
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
    const { questions } = await readEvalFile(FILE);
    const missing: string[] = [];
    for (const q of questions) {
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
