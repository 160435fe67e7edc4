import { describe, expect, it } from 'vitest';
import type { AnswerResult, Excerpt } from '../../src/answer/AnswerResult.js';
import { createEngine } from '../../src/engine/createEngine.js';
import { processTerm } from '../../src/index/terms.js';
import { corpusOf } from '../support/fixtureCorpus.js';

const corpus = corpusOf({
  pipeline: [
    'Baltic Pipeline Stream Halted',
    'Gas stopped flowing through the Baltic pipeline stream on Monday after engineers found a leak near the Danish coast.',
    'The operator said repairs to the pipeline stream would take at least three weeks.',
    'Click here to sign up for our energy newsletter.',
    'Source link',
  ].join('\n\n'),
  harbour: [
    'Harbour Reopens',
    'The old harbour in Gdansk reopened to fishing boats after a winter of dredging work.',
    'Fishermen welcomed the news, saying the closure had cost them dearly.',
  ].join('\n\n'),
  summitA: [
    'Leaders Meet In Vienna',
    'The two leaders talked for more than five hours in Vienna on Tuesday.',
    'Both described the meeting as frank and useful.',
  ].join('\n\n'),
  summitB: [
    'Vienna Summit Ends',
    'Officials said the two leaders talked for more than six hours in Vienna.',
    'No joint statement was issued afterwards.',
  ].join('\n\n'),
});
const engine = createEngine(corpus);

function found(result: AnswerResult): readonly Excerpt[] {
  if (result.kind !== 'found') throw new Error(`expected an answer, got ${result.kind}`);
  return result.excerpts;
}

describe('answer: invalid questions', () => {
  it.each([
    ['an empty question', '', 'empty'],
    ['white space only', '   \n\t ', 'empty'],
    ['stop words only', 'What is the of it?', 'no-terms'],
    ['punctuation only', '?!… — ...', 'no-terms'],
    ['a question over 500 characters', `What about the pipeline ${'stream '.repeat(80)}?`, 'too-long'],
  ])('refuses %s with a reason and a message', (_name, question, reason) => {
    const result = engine.answer(question);
    expect(result).toMatchObject({ kind: 'invalid', question, reason, message: expect.any(String) });
    if (result.kind === 'invalid') expect(result.message.length).toBeGreaterThan(10);
  });

  it('accepts a question of exactly 500 characters after trimming', () => {
    const question = `  ${`pipeline ${'x'.repeat(491)}`}  `;
    expect(question.trim()).toHaveLength(500);
    expect(engine.answer(question).kind).not.toBe('invalid');
  });
});

describe('answer: found', () => {
  const result = engine.answer('Why did gas stop flowing through the pipeline?');

  it('returns the question and 1 to 3 excerpts, best first', () => {
    expect(result).toMatchObject({
      kind: 'found',
      question: 'Why did gas stop flowing through the pipeline?',
    });
    const excerpts = found(result);
    expect(excerpts.length).toBeGreaterThanOrEqual(1);
    expect(excerpts.length).toBeLessThanOrEqual(3);
    for (let i = 1; i < excerpts.length; i++) {
      expect(excerpts[i]?.score).toBeLessThanOrEqual(excerpts[0]?.score ?? 0);
    }
    expect(excerpts[0]?.sourceId).toBe('pipeline');
    expect(excerpts[0]?.quote).toContain('Gas stopped flowing');
  });

  it('quotes verbatim: quote is the slice [start, end) of the article text, at most 300 characters', () => {
    for (const excerpt of found(result)) {
      const article = engine.getArticle(excerpt.sourceId);
      expect(article?.text.slice(excerpt.start, excerpt.end)).toBe(excerpt.quote);
      expect(excerpt.quote.length).toBeLessThanOrEqual(300);
      expect(excerpt).toMatchObject({ title: article?.title, date: article?.date });
    }
  });

  it('highlights matched words inside the quote, covering each of them', () => {
    const [best] = found(result);
    expect(best?.matchedTerms).toEqual(expect.arrayContaining([processTerm('gas'), processTerm('pipeline')]));
    const highlighted = (best?.highlights ?? []).map((h) => {
      expect(h.start).toBeGreaterThanOrEqual(0);
      expect(h.end).toBeLessThanOrEqual(best?.quote.length ?? 0);
      expect(h.end).toBeGreaterThan(h.start);
      return best?.quote.slice(h.start, h.end);
    });
    expect(highlighted).toEqual(expect.arrayContaining(['Gas', 'flowing', 'pipeline']));
    for (const word of highlighted) expect(best?.matchedTerms).toContain(processTerm(word ?? ''));
  });

  it('never quotes boilerplate: a "Source link" line or a "click here" promo', () => {
    // Both lines are in the pipeline article; their words occur nowhere else.
    expect(engine.answer('Source link').kind).toBe('none');
    expect(engine.answer('click here newsletter').kind).toBe('none');
  });

  it('honours maxExcerpts', () => {
    expect(found(engine.answer('How long did the leaders talk in Vienna?', { maxExcerpts: 1 }))).toHaveLength(
      1,
    );
  });
});

describe('answer: different sources', () => {
  it('quotes each article when two say the same thing, instead of two sentences of one', () => {
    const excerpts = found(engine.answer('How long did the two leaders talk in Vienna?'));
    expect(
      excerpts
        .slice(0, 2)
        .map((e) => e.sourceId)
        .sort(),
    ).toEqual(['summitA', 'summitB']);
  });
});

describe('answer: abstention', () => {
  it('returns none when the important words of the question are absent from every article', () => {
    expect(engine.answer('Who won the 2022 FIFA World Cup?')).toEqual({
      kind: 'none',
      question: 'Who won the 2022 FIFA World Cup?',
    });
    expect(engine.answer('What is the recipe for banana bread?').kind).toBe('none');
  });

  it('returns none when one common word matches but the subject is absent', () => {
    // "leaders" occurs, but "cricket" and "Olympics" carry the question.
    expect(engine.answer('Which leaders watched cricket at the Olympics?').kind).toBe('none');
  });
});

describe('answer: typo tolerance', () => {
  it('finds the pipeline stream with "stram" and "pipline"', () => {
    const [best] = found(engine.answer('When did the pipline stram stop?'));
    expect(best?.sourceId).toBe('pipeline');
    expect(best?.highlights.length).toBeGreaterThan(0);
  });

  it('answers when the only rare word is misspelt, instead of treating the typo as an unknown subject', () => {
    // "operator" is rare and spelt right, "repars" is a typo of "repairs": weighed as an unknown word it would
    // outweigh the rest and the question would be declined.
    const [best] = found(engine.answer('What did the operator say about the repars?'));
    expect(best?.quote).toContain('repairs to the pipeline stream');
  });

  it('reads a mistyped stop word as the stop word, not as an unknown subject', () => {
    // "abuot" and "whcih" are in no article: weighed as unknown words they would make every question declined.
    for (const [typed, meant] of [
      ['What did the operator say abuot the repairs?', 'What did the operator say about the repairs?'],
      ['In whcih city did the leaders talk?', 'In which city did the leaders talk?'],
    ] as const) {
      const answered = found(engine.answer(meant));
      expect(answered.length).toBeGreaterThan(0);
      expect(found(engine.answer(typed))).toEqual(answered);
    }
  });

  it('keeps an English word the articles lack as a word, not a slip: "world" is not "would"', () => {
    // why: read as "would", the question lost its subject and quoted the operator on the repairs; the
    // articles say nothing about the world, so no article answers it.
    expect(engine.answer('What did the operator say about the world?').kind).toBe('none');
  });

  it('keeps an unknown name near a stop word as a name: "Thera" is not "there"', () => {
    expect(engine.answer('What did Thera say about the repairs?').kind).toBe('none');
  });
});

describe('answer: sourceId option', () => {
  it('quotes only the given article', () => {
    const excerpts = found(
      engine.answer('How long did the leaders talk in Vienna?', { sourceId: 'summitB' }),
    );
    expect(excerpts.every((e) => e.sourceId === 'summitB')).toBe(true);
  });

  it('returns none when the given article does not answer', () => {
    expect(engine.answer('How long did the leaders talk in Vienna?', { sourceId: 'harbour' }).kind).toBe(
      'none',
    );
  });

  it('returns none for an unknown article id', () => {
    expect(engine.answer('How long did the leaders talk in Vienna?', { sourceId: 'no-such-id' }).kind).toBe(
      'none',
    );
  });
});

describe('answer: never throws', () => {
  it('answers odd input with one of the three kinds', () => {
    for (const q of [
      '\u0000',
      '@everyone pipeline',
      '**pipeline**',
      '‏پایپ‌لاین',
      'pipe\u200bline',
      'e\u0301'.repeat(100),
    ]) {
      expect(['found', 'none', 'invalid']).toContain(engine.answer(q).kind);
    }
  });
});

describe('answer: quotes cut from a long sentence', () => {
  // One sentence of about 450 characters, no full stop inside: too long to quote whole (300), so the quote is a
  // window around the matched words, and Excerpt.cut says which sides of the sentence were left out.
  const filler = 'and the committee went on to discuss the budget, the roads, the parks, the schools ';
  const sentence = `${filler.repeat(2)}while the mayor of Lindholm announced that the ferry to Oslo would stop running in March ${filler.repeat(2)}until late at night.`;
  const long = createEngine(corpusOf({ council: `Council Meeting\n\n${sentence}` }));

  it('marks the cut sides and the quote stays the exact slice', () => {
    const result = long.answer('When will the ferry to Oslo stop running?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    const [first] = result.excerpts;
    const text = long.getArticle('council')?.text ?? '';
    expect(first.quote).toBe(text.slice(first.start, first.end));
    expect(first.quote).toContain('ferry to Oslo');
    const sentenceStart = text.indexOf(sentence);
    expect(first.cut).toEqual({
      before: first.start > sentenceStart,
      after: first.end < sentenceStart + sentence.length,
    });
    expect(first.cut?.before || first.cut?.after).toBe(true);
  });

  it('says nothing was cut for a quote of whole sentences', () => {
    const result = engine.answer('How long will the pipeline repairs take?');
    expect(result.kind === 'found' && result.excerpts.every((e) => !e.cut?.before && !e.cut?.after)).toBe(
      true,
    );
  });
});
