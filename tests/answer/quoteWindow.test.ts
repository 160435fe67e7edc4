import { describe, expect, it } from 'vitest';
import { createEngine } from '../../src/engine/createEngine.js';
import { corpusOf } from '../support/fixtureCorpus.js';

describe('answer: the window quoted from a long sentence', () => {
  // One sentence of 424 characters (too long to quote whole: 300) whose matched words ("ferry", "Oslo") stand
  // late in it, with the answer right after them. The window from the sentence start matches the same words but
  // ends before the answer; a window starting at a clause break nearer them leaves text on both sides.
  const sentence = [
    'In the long and often stormy history of the northern coast, which the council has recorded in great detail, ',
    'with boats, piers, sheds and harbours built and lost over the centuries and whole villages moved inland ',
    'after each flood, the ferry to Oslo was run from the start by the shipping company Nordlys Lines, whose ',
    'captains knew every rock and current of the fjord, until the service ended in the great storm of the winter.',
  ].join('');
  const engine = createEngine(corpusOf({ coast: `Coast History\n\n${sentence}` }), {}, { minConfidence: 0 });

  it('quotes the words after the matched ones too', () => {
    const result = engine.answer('Who ran the ferry to Oslo?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    const [first] = result.excerpts;
    expect(first.quote).toContain(
      'the ferry to Oslo was run from the start by the shipping company Nordlys Lines',
    );
    expect(first.cut).toEqual({ before: true, after: true });
  });
});
