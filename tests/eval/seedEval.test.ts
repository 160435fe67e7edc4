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

describe('runEval on the shared seed questions', () => {
  it('passes every question of ../shared/eval/seeds-qa.json over seeds/', async () => {
    const file = await readEvalFile(path.resolve(REPO_ROOT, '../shared/eval/seeds-qa.json'));
    const engine = await loadEngine(path.join(REPO_ROOT, 'seeds'));
    const outcomes = runEval(engine, file);
    expect(outcomes).toHaveLength(file.questions.length);
    expect(outcomes.filter((o) => !o.passed).map((o) => o.question.id)).toEqual([]);
  });
});
