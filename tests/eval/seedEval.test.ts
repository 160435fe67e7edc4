import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../src/answer/AnswerResult.js';
import { loadEngine } from '../../src/engine/loadEngine.js';
import {
  judge,
  normaliseForEval,
  readEvalFile,
  runEval,
  type EvalQuestion,
} from '../../src/eval/seedEval.js';
import { REPO_ROOT, tempDir } from '../support/fixtureCorpus.js';

const found = (sourceId: string, quote: string): AnswerResult => ({
  kind: 'found',
  question: 'q',
  excerpts: [
    {
      sourceId,
      title: 't',
      date: null,
      quote,
      start: 0,
      end: quote.length,
      score: 1,
      matchedTerms: [],
      highlights: [],
    },
  ],
});
const question: EvalQuestion = {
  id: 'x',
  question: 'q',
  accept: [{ source: 'a', contains: 'Everything in his “power”' }],
};

describe('normaliseForEval', () => {
  it('reads curly quotes as straight ones, runs of white space as one space, and ignores case', () => {
    expect(normaliseForEval('  “Hello”\n\t‘World’  ')).toBe(`"hello" 'world'`);
  });
});

describe('judge', () => {
  it('passes when the first excerpt is from an accepted source and contains the text, modulo quotes, space and case', () => {
    expect(judge(question, found('a', 'He would do everything  in his\n"POWER" to help.'))).toBe(true);
  });

  it('fails on the wrong source, missing text, or no answer', () => {
    expect(judge(question, found('b', 'everything in his "power"'))).toBe(false);
    expect(judge(question, found('a', 'everything he could'))).toBe(false);
    expect(judge(question, { kind: 'none', question: 'q' })).toBe(false);
  });

  it('passes an unanswerable question only when nothing is found', () => {
    const unanswerable: EvalQuestion = { id: 'u', question: 'q', unanswerable: true };
    expect(judge(unanswerable, { kind: 'none', question: 'q' })).toBe(true);
    expect(judge(unanswerable, found('a', 'anything'))).toBe(false);
  });
});

describe('readEvalFile', () => {
  it('names the file and the bad field of an invalid questions file', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      const file = path.join(dir, 'bad.json');
      await writeFile(file, JSON.stringify({ questions: [{ id: 'x', question: 'q', accept: [] }] }));
      await expect(readEvalFile(file)).rejects.toThrow(/bad\.json.*questions\.0/);
      await expect(readEvalFile(path.join(dir, 'missing.json'))).rejects.toThrow(/missing\.json/);
    } finally {
      await cleanup();
    }
  });
});

/**
 * Questions of the repository's own about seeds/ (tests/fixtures/seeds-qa.json), written as a reader would ask
 * before the engine was run on them. They guard the default MIN_CONFIDENCE on every clone.
 * Two miss today and are kept out of the must-pass set rather than tuned for (symptoms for issue #12):
 * - nato-expansion: "expanding east" does not meet "eastward expansion" (different stems), so nothing is found.
 * - coming-days-typo: two misspelt words ("abuot", "comming") leave too little to match; nothing is found.
 */
const KNOWN_MISSES: readonly string[] = ['nato-expansion', 'coming-days-typo'];

describe('runEval on the repository seed questions', () => {
  it('answers every question of tests/fixtures/seeds-qa.json that it answered when written, at the default threshold', async () => {
    const file = await readEvalFile(path.join(REPO_ROOT, 'tests/fixtures/seeds-qa.json'));
    const engine = await loadEngine(path.join(REPO_ROOT, 'seeds'));
    const outcomes = runEval(engine, file);
    expect(outcomes).toHaveLength(file.questions.length);
    expect(file.questions.filter((q) => 'unanswerable' in q).length).toBeGreaterThanOrEqual(5);
    expect(file.questions.map((q) => q.id)).toEqual(expect.arrayContaining([...KNOWN_MISSES]));
    const failed = outcomes.filter((o) => !o.passed).map((o) => o.question.id);
    expect(failed.filter((id) => !KNOWN_MISSES.includes(id))).toEqual([]);
  });
});

const SHARED_QUESTIONS = path.resolve(REPO_ROOT, '../shared/eval/seeds-qa.json');

describe('runEval on the shared seed questions', () => {
  it.skipIf(!existsSync(SHARED_QUESTIONS))(
    'passes every question of ../shared/eval/seeds-qa.json over seeds/ (skipped when ../shared is absent)',
    async () => {
      const file = await readEvalFile(SHARED_QUESTIONS);
      const engine = await loadEngine(path.join(REPO_ROOT, 'seeds'));
      const outcomes = runEval(engine, file);
      expect(outcomes).toHaveLength(file.questions.length);
      expect(outcomes.filter((o) => !o.passed).map((o) => o.question.id)).toEqual([]);
    },
  );
});
