import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerResult } from '../../src/answer/AnswerResult.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { seedCorpus } from '../support/fixtureCorpus.js';

const seeds = seedCorpus();
const { articles } = seeds;
const engine = createEngine(seeds);
const seedWords = [...new Set(articles.flatMap((a) => a.text.match(/[\p{L}\p{N}'’.,-]+/gu) ?? []))];

/** What must hold for every answer, whatever the question. */
function checkAnswer(question: string, result: AnswerResult): void {
  expect(['found', 'none', 'invalid']).toContain(result.kind);
  expect(result.question).toBe(question);
  if (result.kind !== 'found') return;
  expect(result.excerpts.length).toBeGreaterThanOrEqual(1);
  expect(result.excerpts.length).toBeLessThanOrEqual(3);
  for (const e of result.excerpts) {
    const article = engine.getArticle(e.sourceId);
    expect(article).toBeDefined();
    expect(e.start).toBeLessThan(e.end);
    expect(article?.text.slice(e.start, e.end)).toBe(e.quote);
    expect(e.quote.length).toBeLessThanOrEqual(300);
    expect(Number.isFinite(e.score)).toBe(true);
    for (const h of e.highlights) {
      expect(h.start).toBeGreaterThanOrEqual(0);
      expect(h.end).toBeLessThanOrEqual(e.quote.length);
      expect(h.start).toBeLessThan(h.end);
    }
  }
}

const answerHolds = (question: string): void => {
  let result: AnswerResult | undefined;
  expect(() => {
    result = engine.answer(question);
  }).not.toThrow();
  if (result) checkAnswer(question, result);
};

const seedWord = fc.constantFrom(...seedWords);
const oddPiece = fc.constantFrom(
  '😀',
  '👩‍👩‍👧',
  '🇺🇦',
  'שלום',
  'مرحبا',
  '\u200f',
  '\u200b',
  '\u200d',
  '\ufeff',
  'e\u0301',
  'Z̷̡͂a̶l̵g̸o̶',
  '**bold**',
  '`code`',
  '> quote',
  '[link](https://example.com)',
  '<@123456789012345678>',
  '@everyone',
  '@here',
  '<#1234>',
  '\u0000',
  '\n',
  '?',
  '…',
  '"',
  '“',
);

describe('answer: properties for any question', () => {
  it('holds for arbitrary grapheme strings', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 120 }), answerHolds), { numRuns: 150 });
  });

  it('holds for arbitrary UTF-16 code units, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 120 }), answerHolds), { numRuns: 60 });
  });

  it('holds for mixes of seed words with emoji, RTL text, zero-width and combining marks, markdown and mentions', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof({ weight: 3, arbitrary: seedWord }, { weight: 1, arbitrary: oddPiece }), {
          maxLength: 25,
        }),
        fc.constantFrom(' ', '', '\u200b', '\n'),
        (pieces, separator) => answerHolds(pieces.join(separator)),
      ),
      { numRuns: 300 },
    );
  });

  it('holds for questions made only of seed words (which usually find an answer)', () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(seedWord, { minLength: 1, maxLength: 12 }), (words) => {
        const question = words.join(' ');
        answerHolds(question);
        if (engine.answer(question).kind === 'found') answered++;
      }),
      { numRuns: 200 },
    );
    // The property above must have been exercised on real answers, not only on refusals.
    expect(answered).toBeGreaterThan(20);
  });

  it('holds for very long questions (6,000 characters) and refuses them as too long', () => {
    fc.assert(
      fc.property(fc.array(seedWord, { minLength: 1, maxLength: 20 }), (words) => {
        let question = words.join(' ');
        while (question.length < 6000) question += ` ${question}`;
        question = question.slice(0, 6000);
        answerHolds(question);
        expect(engine.answer(question)).toMatchObject({ kind: 'invalid', reason: 'too-long' });
      }),
      { numRuns: 20 },
    );
  });

  it('holds with the sourceId option for every article and for unknown ids', () => {
    fc.assert(
      fc.property(
        fc.array(seedWord, { minLength: 1, maxLength: 8 }),
        fc.constantFrom(...articles.map((a) => a.id), 'unknown', ''),
        (words, sourceId) => {
          const question = words.join(' ');
          const result = engine.answer(question, { sourceId });
          checkAnswer(question, result);
          if (result.kind === 'found')
            expect(result.excerpts.every((e) => e.sourceId === sourceId)).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
