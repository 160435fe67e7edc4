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
  scoreQuestion,
  type EvalQuestion,
} from '../../src/eval/seedEval.js';
import { excerptOf, foundAnswer } from '../support/excerptOf.js';
import { REPO_ROOT, tempDir } from '../support/fixtureCorpus.js';

const found = (sourceId: string, quote: string): AnswerResult =>
  foundAnswer(excerptOf(quote, { sourceId, title: 't' }));
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
      await expect(readEvalFile(file)).rejects.toThrow(/bad\.json: question 1 \(id "x"\): accept:/);
      await expect(readEvalFile(path.join(dir, 'missing.json'))).rejects.toThrow(/missing\.json/);
    } finally {
      await cleanup();
    }
  });
});

/**
 * Questions of the repository's own about seeds/ (tests/fixtures/seeds-qa.json), written as a reader would ask
 * before the engine was run on them. They guard the default MIN_CONFIDENCE on every clone.
 * nato-expansion ("what does putin think about nato expanding east") missed until a view reported with a
 * participle ("Putin has made it clear that he opposes NATO's eastward expansion…, claiming that…") counted as
 * his (statementFit.ts); all must pass now.
 * coming-days-typo ("What did Macron say abuot the comming days?") missed until a word the articles lack was
 * matched by its one-slip variants ("comming" stems to "com", out of fuzzy reach; "coming" to "come").
 */
const KNOWN_MISSES: readonly string[] = [];

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

/**
 * tests/fixtures/seeds-qa-more.json: 30 more questions about seeds/ (paraphrases, typos, lowercase, 9 that no
 * seed answers), written before the engine was run on them. Those missed at the time it was committed are kept
 * out of the must-pass set rather than tuned for, each with its cause:
 * - para-talks-character, para-invasion-meaning, para-accuse-ukraine, para-pullback-reason,
 *   lower-putin-promise: the question's words are not the article's ("characterise" / "described", "count as" /
 *   "means", "accuse" / "claimed", "pulling back" / "withdrawing", "promise" / "stated"); the last three are
 *   declined.
 * - none-pipeline-cost: the quote lacks the sum asked for, yet the confidence stays above the threshold (0.82).
 * para-open-door, typo-measures, para-gas-cut-harm and none-donbas-deaths missed when the file was committed
 * and pass since later changes (on 2026-12-02 all four): they are in the must-pass set.
 */
const MORE_KNOWN_MISSES: readonly string[] = [
  'para-talks-character',
  'para-invasion-meaning',
  'para-accuse-ukraine',
  'para-pullback-reason',
  'lower-putin-promise',
  'none-pipeline-cost',
];

describe('runEval on the further seed questions', () => {
  it('answers every question of tests/fixtures/seeds-qa-more.json that it answered when written, at the default threshold', async () => {
    const file = await readEvalFile(path.join(REPO_ROOT, 'tests/fixtures/seeds-qa-more.json'));
    const engine = await loadEngine(path.join(REPO_ROOT, 'seeds'));
    const outcomes = runEval(engine, file);
    expect(outcomes).toHaveLength(30);
    expect(file.questions.map((q) => q.id)).toEqual(expect.arrayContaining([...MORE_KNOWN_MISSES]));
    const failed = outcomes.filter((o) => !o.passed).map((o) => o.question.id);
    expect(failed.filter((id) => !MORE_KNOWN_MISSES.includes(id))).toEqual([]);
  });
});

describe('readEvalFile with split and type', () => {
  async function readJson(json: unknown): Promise<ReturnType<typeof readEvalFile>> {
    const { dir, cleanup } = await tempDir();
    try {
      const file = path.join(dir, 'news.json');
      await writeFile(file, JSON.stringify(json));
      return await readEvalFile(file);
    } finally {
      await cleanup();
    }
  }
  const ok = { id: 'a1', question: 'Who?', accept: [{ source: 'a', contains: 'Ann' }] };

  it('keeps the optional split and type of each question', async () => {
    const file = await readJson({
      questions: [
        { ...ok, split: 'tune', type: 'person' },
        { id: 'u1', question: 'Why?', unanswerable: true, split: 'test', type: 'reason' },
      ],
    });
    expect(file.questions.map((q) => [q.split, q.type])).toEqual([
      ['tune', 'person'],
      ['test', 'reason'],
    ]);
  });

  it('names the bad question by number and id, and the bad field', async () => {
    await expect(readJson({ questions: [ok, { ...ok, id: 'a2', split: 'train' }] })).rejects.toThrow(
      /question 2 \(id "a2"\): split:/,
    );
    // A misspelt key would otherwise be dropped silently and the question judged on the wrong rule.
    await expect(
      readJson({ questions: [{ id: 'a3', question: 'q', accept: [{ source: 'a', contain: 'x' }] }] }),
    ).rejects.toThrow(/question 1 \(id "a3"\): accept\.0/);
    await expect(readJson({ questions: [ok, { ...ok, unanswerable: true }] })).rejects.toThrow(
      /question 2 \(id "a1"\)/,
    );
    await expect(readJson({ questions: [ok, ok] })).rejects.toThrow(/question 2 \(id "a1"\): duplicate id/);
  });
});

describe('scoreQuestion', () => {
  const excerpt = (sourceId: string, quote: string) => ({ sourceId, quote });

  it('tells a right first quote from an answer found only in a later quote', () => {
    const later = scoreQuestion(question, [
      excerpt('a', 'the lead'),
      excerpt('a', 'everything in his "power"'),
    ]);
    expect([later.firstRight, later.anyRight, later.declined]).toEqual([false, true, false]);
    const first = scoreQuestion(question, [excerpt('a', 'everything in his "power"')]);
    expect([first.firstRight, first.anyRight]).toEqual([true, true]);
  });

  it('counts the first quote as from the right article when it comes from an accepted source, whatever it quotes', () => {
    // The held-out review's "first quote from the story holding the answer": the right story, the wrong sentence.
    const rightArticle = scoreQuestion(question, [excerpt('a', 'the lead'), excerpt('b', 'x')]);
    expect([rightArticle.firstArticle, rightArticle.firstRight]).toEqual([true, false]);
    const laterArticle = scoreQuestion(question, [
      excerpt('b', 'x'),
      excerpt('a', 'everything in his "power"'),
    ]);
    expect([laterArticle.firstArticle, laterArticle.anyRight]).toEqual([false, true]);
    expect(scoreQuestion(question, 'declined').firstArticle).toBe(false);
  });

  it('counts a decline, but not a refused question, as declining', () => {
    const unanswerable: EvalQuestion = { id: 'u', question: 'q', unanswerable: true, type: 'person' };
    expect(scoreQuestion(unanswerable, 'declined')).toMatchObject({ answerable: false, declined: true });
    expect(scoreQuestion(unanswerable, 'invalid').declined).toBe(false);
    expect(scoreQuestion(question, 'declined')).toMatchObject({
      answerable: true,
      firstRight: false,
      declined: true,
    });
  });
});

describe('runEval on a tiny corpus of our own', () => {
  it('scores each question with its split and type', async () => {
    const { dir, cleanup } = await tempDir();
    try {
      await writeFile(
        path.join(dir, 'bridge.txt'),
        'Town opens new bridge\n\nThe new footbridge over the river opened on Monday. ' +
          'It cost the council 2.4 million pounds, the mayor said.\n',
      );
      const engine = await loadEngine(dir);
      const outcomes = runEval(engine, {
        questions: [
          {
            id: 'cost',
            question: 'How much did the footbridge cost the council?',
            accept: [{ source: 'bridge', contains: '2.4 million pounds' }],
            split: 'tune',
            type: 'money',
          },
          {
            id: 'none',
            question: 'Who won the 2018 World Cup?',
            unanswerable: true,
            split: 'test',
            type: 'organisation',
          },
        ],
      });
      expect(outcomes.map((o) => o.score)).toEqual([
        {
          id: 'cost',
          split: 'tune',
          type: 'money',
          answerable: true,
          firstRight: true,
          firstArticle: true,
          anyRight: true,
          declined: false,
        },
        {
          id: 'none',
          split: 'test',
          type: 'organisation',
          answerable: false,
          firstRight: false,
          firstArticle: false,
          anyRight: false,
          declined: true,
        },
      ]);
    } finally {
      await cleanup();
    }
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
