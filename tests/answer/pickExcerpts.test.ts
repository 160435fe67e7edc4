// One excerpt per fact: the same sentence carried by two stories is quoted once, with the other listed.
import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf } from '../support/fixtureCorpus.js';

const SHARED = 'Mara Quist won the best actress award for her role in Salt Harbour.';

describe('pickExcerpts', () => {
  const engine = createEngine(
    corpusOf({
      // Two invented stories reusing the same agency sentence, and one that says it in other words.
      'arts/001': ['Harbour Film Sweeps Awards', SHARED, 'The ceremony was held in Lisbon.'].join('\n\n'),
      'arts/002': ['Awards Night Recap', SHARED, 'Critics had tipped the film for months.'].join('\n\n'),
      'arts/003': [
        'Quist Honoured',
        'The best actress award went to Mara Quist, star of Salt Harbour, on Saturday.',
      ].join('\n\n'),
    }),
  );

  it('quotes a sentence two articles share once, naming the other article in alsoIn', () => {
    // why: arts/001 and arts/002 carry the same sentence word for word, so it is one fact, quoted once.
    const result = engine.answer('Who won the best actress award?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    const copies = result.excerpts.filter((e) => e.quote === SHARED);
    expect(copies).toHaveLength(1);
    const [shown] = copies;
    const other = shown?.sourceId === 'arts/001' ? 'arts/002' : 'arts/001';
    expect(shown?.alsoIn).toEqual([other]);
    expect(new Set(result.excerpts.map((e) => e.quote)).size).toBe(result.excerpts.length);
  });

  it('lists no other article when the quote is the only copy', () => {
    const result = engine.answer('Where was the ceremony held?');
    expect(result.kind === 'found' && result.excerpts[0].alsoIn).toEqual([]);
  });
});
