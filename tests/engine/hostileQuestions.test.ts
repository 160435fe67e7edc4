// Whatever a user types, the engine over the real seeds/ returns a result, and the reply the bot would send
// fits Discord's limits and pings no one. tests/discord/render.test.ts covers markdown-heavy text up to
// 700 characters; this file adds the Unicode families, mention forms, 6,000-character input and inputs with no
// searchable word, through the whole path a question takes (mention parsing, engine, renderer, limits).
import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import { MAX_QUESTION_LENGTH } from '../../src/answer/AnswerResult.js';
import { mentionQuestion } from '../../src/discord/handleMention.js';
import { renderAnswer } from '../../src/discord/renderAnswer.js';
import { fitReply } from '../../src/discord/fitReply.js';
import type { Engine } from '../../src/engine/Engine.js';
import { loadEngine } from '../../src/engine/loadEngine.js';
import { STOP_WORDS } from '../../src/index/stopWords.js';
import { expectWithinLimits } from '../support/expectWithinLimits.js';

const BOT_ID = '110000000000000001';

const EMOJI = ['😀', '👍🏽', '👨‍👩‍👧‍👦', '🇺🇦', '🏳️‍🌈', '❤️', '🔥'];
const RIGHT_TO_LEFT = ['שלום', 'مرحبا بالعالم', '\u202eRussia\u202c', '\u200f', 'עולם troops'];
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const COMBINING = ['e\u0301', 'a\u0308\u0308\u0308', 'Z\u0351\u0364\u036b\u0350\u0308', '\u0301'];
const MARKDOWN = ['**', '__', '*', '_', '`', '```', '~~', '||', '> ', '# ', '- ', '[x](https://e.com)', '\\'];
const MENTIONS = ['@everyone', '@here', '<@&123>', '<@123>', '<@!123>', `<@${BOT_ID}>`, '<#123>', '</ask:1>'];
const WORDS = ['Russia', 'troops', 'Macron', 'Putin', 'Ukraine', 'border', 'assembled', 'Biden'];

/** Pieces of hostile text; questions are built by joining a handful with or without spaces. */
const piece = fc.oneof(
  fc.constantFrom(...EMOJI, ...RIGHT_TO_LEFT, ...ZERO_WIDTH, ...COMBINING),
  fc.constantFrom(...MARKDOWN, ...MENTIONS),
  fc.constantFrom(...WORDS),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.string({ unit: 'binary', maxLength: 6 }), // any code point, lone surrogates included
);
const hostile = fc
  .array(piece, { maxLength: 30 })
  .chain((pieces) => fc.constantFrom(' ', '', '\n').map((sep) => pieces.join(sep)));
/** Long input: up to 6,000 characters (Discord's largest string option), far above MAX_QUESTION_LENGTH. */
const long = fc
  .tuple(hostile, fc.integer({ min: MAX_QUESTION_LENGTH - 5, max: 6000 }))
  .map(([text, length]) => (text + ' troops Russia 😀 ').repeat(Math.ceil(length / 20)).slice(0, length));
const onlyStopWords = fc
  .array(fc.constantFrom(...[...STOP_WORDS].slice(0, 80)), { minLength: 1, maxLength: 15 })
  .map((words) => `${words.join(' ')}?`);
const onlyPunctuation = fc
  .array(fc.constantFrom(...'!?.,;:…—–-()[]{}"\'«»„“”‘’/\\|@#$%^&*~`<>=+¿¡·•'.split('')), {
    minLength: 1,
    maxLength: 60,
  })
  .map((chars) => chars.join(''));

let engine: Engine;
beforeAll(async () => {
  engine = await loadEngine('seeds');
});

/** Asks as the bot does and checks everything that must hold whatever was asked. */
function askAndRender(question: string): void {
  const result = engine.answer(question);
  expect(['found', 'none', 'invalid']).toContain(result.kind);
  if (result.kind === 'found') {
    for (const excerpt of result.excerpts) {
      expect(engine.getArticle(excerpt.sourceId)?.text.slice(excerpt.start, excerpt.end)).toBe(excerpt.quote);
    }
  }
  const reply = fitReply(renderAnswer(result, { lookup: (id) => engine.getArticle(id) }));
  expectWithinLimits(reply); // includes allowed_mentions { parse: [] }: pings no one
}

describe('hostile questions: the engine answers, the reply fits and pings no one, nothing throws', () => {
  test('arbitrary Unicode: emoji, right-to-left, zero-width, combining marks, lone surrogates', () => {
    fc.assert(fc.property(hostile, askAndRender), { numRuns: 300 });
  });

  test('markdown and fake mentions, also as a mention of the bot', () => {
    const marked = fc
      .array(fc.oneof(fc.constantFrom(...MARKDOWN, ...MENTIONS), fc.constantFrom(...WORDS)), {
        maxLength: 25,
      })
      .map((parts) => parts.join(' '));
    fc.assert(
      fc.property(marked, (text) => {
        askAndRender(text);
        const question = mentionQuestion(`<@${BOT_ID}> ${text}`, BOT_ID);
        expect(question).not.toBeNull();
        expect(question).not.toContain(`<@${BOT_ID}>`);
        askAndRender(question ?? '');
      }),
      { numRuns: 200 },
    );
  });

  test('strings up to 6,000 characters: over the limit they are refused with the limit named', () => {
    fc.assert(
      fc.property(long, (text) => {
        askAndRender(text);
        if (text.trim().length > MAX_QUESTION_LENGTH) {
          const result = engine.answer(text);
          expect(result).toMatchObject({ kind: 'invalid', reason: 'too-long' });
          if (result.kind === 'invalid') expect(result.message).toContain(String(MAX_QUESTION_LENGTH));
        }
      }),
      { numRuns: 60 },
    );
  });

  test('only stop words: no searchable word, so it is refused, never answered with a random quote', () => {
    fc.assert(
      fc.property(onlyStopWords, (text) => {
        askAndRender(text);
        expect(engine.answer(text).kind).not.toBe('found');
      }),
      { numRuns: 100 },
    );
  });

  test('only punctuation: refused or not found, never a quote', () => {
    fc.assert(
      fc.property(onlyPunctuation, (text) => {
        askAndRender(text);
        expect(engine.answer(text).kind).not.toBe('found');
      }),
      { numRuns: 100 },
    );
  });

  test('a question hidden among hostile characters is still answered from the article', () => {
    const result = engine.answer('👍🏽 **How many\u200b troops** did <@123> Russia assemble? @everyone 🇺🇦');
    expect(result.kind).toBe('found');
    askAndRender('👍🏽 **How many\u200b troops** did <@123> Russia assemble? @everyone 🇺🇦');
  });
});
