import { describe, expect, it } from 'vitest';
import { restoreCase } from '../../src/answer/restoreCase.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { corpusOf, paragraphs } from '../support/fixtureCorpus.js';

const corpus = corpusOf({
  talks: paragraphs(
    'Leaders Talk In Moscow',
    'French President Emmanuel Macron met Russian President Vladimir Putin in Moscow on Monday.',
    'Putin said NATO had ignored Russian concerns for years, and that the talks with Macron were useful.',
    'The world watched as the two men met; analysts said the meeting would shape the coming weeks.',
  ),
  cup: paragraphs(
    'Cup Final Tickets',
    'Tickets for the World Cup final sold out in minutes, the organisers said.',
    'Fans around the world complained that the World Cup website crashed.',
  ),
});
const ctx = answerContextOf(corpus.articles);

describe('restoreCase: a question typed in lowercase', () => {
  it('writes the words the articles write as names as they write them', () => {
    expect(restoreCase(ctx, 'what did putin say about nato')).toBe('what did Putin say about NATO');
    // "world" is lowercase in "the world watched" and "around the world": not a name on its own.
    expect(restoreCase(ctx, 'who sold world cup tickets')).toBe('who sold world Cup tickets');
    expect(restoreCase(ctx, "what was macron's view")).toBe("what was Macron's view");
  });

  it('reads a passage with letters whose lowercase is longer ("İstanbul") without losing its place', () => {
    const turkish = answerContextOf(
      corpusOf({
        visit: paragraphs(
          'Visit',
          'After İstanbul and İzmir, the delegation met Erdogan in Ankara, and later Erdogan spoke.',
        ),
      }).articles,
    );
    expect(restoreCase(turkish, 'what did erdogan say')).toBe('what did Erdogan say');
  });

  it('leaves a question with any capital letter as typed: its writer marked the names', () => {
    expect(restoreCase(ctx, 'What did putin say?')).toBe('What did putin say?');
  });

  it('leaves a word the articles only capitalise at the start of a sentence ("Tickets", "Fans")', () => {
    expect(restoreCase(ctx, 'how did fans buy tickets')).toBe('how did fans buy tickets');
  });

  it('answers a lowercase "what did X say" with X\'s words, as the capitalised question', () => {
    const engine = createEngine(corpus);
    const lower = engine.answer('what did putin say about nato');
    const cased = engine.answer('What did Putin say about NATO?');
    expect(lower.kind).toBe('found');
    expect(lower.kind === 'found' && lower.excerpts.map((e) => e.quote)).toEqual(
      cased.kind === 'found' && cased.excerpts.map((e) => e.quote),
    );
  });
});

describe('restoreCase: a question whose capitals mark no names', () => {
  it('reads a question in capitals, or with every word capitalised, as typed in lowercase', () => {
    // why: read as written, every word was a name (in capitals an acronym, neither stemmed nor a stop word)
    // that the passage lacked, and most such questions were declined.
    expect(restoreCase(ctx, 'WHAT DID PUTIN SAY ABOUT NATO?')).toBe('what did Putin say about NATO?');
    expect(restoreCase(ctx, 'What Did Putin Say About Nato?')).toBe('what did Putin say about NATO?');
  });

  it('keeps the capitals of a question that marks names, or too short to tell', () => {
    expect(restoreCase(ctx, 'What did Putin say about NATO?')).toBe('What did Putin say about NATO?');
    // No small word capitalised after the first: these may all be names.
    expect(restoreCase(ctx, 'Who Won World Cup Tickets?')).toBe('Who Won World Cup Tickets?');
    expect(restoreCase(ctx, 'NATO TALKS?')).toBe('NATO TALKS?');
  });

  it('answers a question in capitals as the same question in sentence case', () => {
    const engine = createEngine(corpus);
    const shouted = engine.answer('WHAT DID PUTIN SAY ABOUT NATO?');
    const cased = engine.answer('What did Putin say about NATO?');
    expect(shouted.kind).toBe('found');
    expect(shouted.kind === 'found' && shouted.excerpts.map((e) => e.quote)).toEqual(
      cased.kind === 'found' && cased.excerpts.map((e) => e.quote),
    );
  });
});
