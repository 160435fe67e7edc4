import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../../src/answer/AnswerResult.js';
import type { Corpus } from '../../../src/corpus/Article.js';
import type { Engine } from '../../../src/engine/Engine.js';
import { INDEXED_ARTICLES, runSquadEval } from '../../../src/eval/squad/runSquadEval.js';
import { NEEDS_SQLITE, sqlite } from '../../support/sqliteBaseline.js';

// 48 one-paragraph articles, each about a distinct made-up word, one question each.
const WORDS = Array.from({ length: 48 }, (_, i) => `zork${String.fromCharCode(97 + (i % 26))}${i}`);
const FIXTURE = {
  data: WORDS.map((word, i) => ({
    title: `Article_${i}`,
    paragraphs: [
      {
        context: `Filler sentence here. The ${word} was found in ${1900 + i}.`,
        qas: [
          { id: `q${i}`, question: `When was the ${word} found?`, answers: [{ text: String(1900 + i) }] },
        ],
      },
    ],
  })),
};

/** Answers with the article whose text holds the question's made-up word, else declines. */
function fakeEngine(corpus: Corpus, withRanker: boolean): Engine {
  const answer = (question: string): AnswerResult => {
    const word = /zork\w+/.exec(question)?.[0] ?? '';
    const article = corpus.articles.find((a) => a.text.includes(word));
    if (!article) return { kind: 'none', question };
    const start = article.text.indexOf('The ');
    const quote = article.text.slice(start);
    const excerpt = {
      ...{ sourceId: article.id, title: article.title, date: null, quote, start, end: article.text.length },
      ...{ score: 1, matchedTerms: [word], highlights: [] },
    };
    return { kind: 'found', question, excerpts: [excerpt] };
  };
  const engine: Engine = {
    corpus,
    articles: corpus.articles,
    passageCount: corpus.articles.length,
    answer,
    getArticle: (id) => corpus.articles.find((a) => a.id === id),
    passageCountOf: () => 1,
    suggestArticles: () => [],
    rankQuestion: () => null,
  };
  // The hook ranks a wrong article first, so R@1 (from answer()) and MRR (from the hook) can be told apart.
  const rankArticles = (question: string): string[] => {
    const found = answer(question);
    return found.kind === 'found' ? ['decoy', found.excerpts[0].sourceId] : [];
  };
  return withRanker ? Object.assign(engine, { rankArticles }) : engine;
}

let dir = '';
let file = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'squad-eval-'));
  file = join(dir, 'fixture.json');
  await writeFile(file, JSON.stringify(FIXTURE));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('runSquadEval', () => {
  it('scores the engine through answer() and minisearch on the same questions, without SQLite', async () => {
    const report = await runSquadEval(file, { createEngine: (c) => fakeEngine(c, false) });
    expect(report.paragraphs).toBe(48);
    expect(report.systems.map((s) => s.system)).toEqual(['engine', 'minisearch defaults']);
    const [engine, minisearch] = report.systems;
    expect(engine).toMatchObject({
      questions: 48,
      recallAt1: 100,
      recallAt5: 100,
      mrr: 1,
      answerInExcerpt: 100,
    });
    expect(engine?.ranking).toMatch(/answer\(\) excerpts/);
    expect(minisearch).toMatchObject({ recallAt1: 100, answerInExcerpt: null });
    expect(report.abstention.map((a) => a.system)).toEqual(['engine']);
  });

  it('gives the engine a row for the held-out articles and one for the fitting articles', async () => {
    // The fake engine answers every question but those with an odd number in the fitting half.
    const createEngine = (c: Corpus): Engine => {
      const engine = fakeEngine(c, false);
      return {
        ...engine,
        answer: (q) => {
          const n = Number(/zork[a-z](\d+)/.exec(q)?.[1]);
          return n >= INDEXED_ARTICLES && n % 2 === 1 ? { kind: 'none', question: q } : engine.answer(q);
        },
      };
    };
    const report = await runSquadEval(file, { createEngine });
    expect(report.systems[0]).toMatchObject({ questions: 48, recallAt1: 75 });
    expect(report.engineByArticles).toEqual([
      expect.objectContaining({ system: 'engine, held-out articles 1-24', questions: 24, recallAt1: 100 }),
      expect.objectContaining({ system: 'engine, fitting articles 25+', questions: 24, recallAt1: 50 }),
    ]);
  });

  it.skipIf(!sqlite)(`scores SQLite FTS5 on the same questions ${NEEDS_SQLITE}`, async () => {
    const report = await runSquadEval(file, { createEngine: (c) => fakeEngine(c, false), sqlite });
    expect(report.systems.map((s) => s.system)).toEqual([
      'engine',
      'minisearch defaults',
      'SQLite FTS5 bm25 porter',
    ]);
    // FTS5's excerpt is the sentence holding the rare word, which holds the year.
    expect(report.systems[2]).toMatchObject({ recallAt1: 100, answerInExcerpt: 100 });
  });

  it('uses the rankArticles hook for R@5 and MRR but not for R@1', async () => {
    const report = await runSquadEval(file, { createEngine: (c) => fakeEngine(c, true), limit: 10 });
    expect(report.systems[0]).toMatchObject({ questions: 10, recallAt1: 100, recallAt5: 100, mrr: 0.5 });
    expect(report.systems[0]?.ranking).toMatch(/rankArticles/);
  });

  it('reports declines on the unindexed half and answers on the indexed half', async () => {
    const report = await runSquadEval(file, { createEngine: (c) => fakeEngine(c, false), limit: 12 });
    const [engine] = report.abstention;
    expect(engine).toMatchObject({
      indexedArticles: INDEXED_ARTICLES,
      indexedParagraphs: 24,
      inCorpusQuestions: 6,
      inCorpusAnswered: 100,
      outOfCorpusQuestions: 6,
      outOfCorpusDeclined: 100,
    });
    expect(engine?.atTarget).toBeNull();
  });

  it.skipIf(!sqlite)(`reports that FTS5 never declines ${NEEDS_SQLITE}`, async () => {
    const report = await runSquadEval(file, { createEngine: (c) => fakeEngine(c, false), limit: 12, sqlite });
    // FTS5 matches the shared filler words, so it never declines.
    expect(report.abstention[1]).toMatchObject({
      system: 'SQLite FTS5 bm25 porter',
      inCorpusAnswered: 100,
      outOfCorpusDeclined: 0,
      atTarget: null,
    });
  });

  it('reports the 95%-answered operating point when the engine has answerConfidence', async () => {
    // Confidence is the number in the made-up word: in-corpus words are numbered 0-23, out-of-corpus 24-47,
    // so reversed, every in-corpus question is surer than every out-of-corpus one. 95% of 24 is 22.8, so the
    // threshold is the 23rd surest in-corpus question (-22) and all out-of-corpus ones fall below it.
    const answerConfidence = (question: string): number => -Number(/zork[a-z](\d+)/.exec(question)?.[1] ?? 0);
    const report = await runSquadEval(file, {
      createEngine: (c) => Object.assign(fakeEngine(c, false), { answerConfidence }),
    });
    expect(report.abstention[0]?.atTarget).toEqual({
      threshold: -22,
      inCorpusAnswered: (100 * 23) / 24,
      outOfCorpusDeclined: 100,
    });
  });
});
