import { describe, expect, it } from 'vitest';
import { MAX_EXCERPT_CHARS, pickSentence, StemIdf } from '../../../src/eval/squad/pickSentence.js';
import { splitSentences } from '../../../src/passages/splitSentences.js';

const slice = (text: string, span: { start: number; end: number }) => text.slice(span.start, span.end);

describe('pickSentence', () => {
  const docs = [
    'The broncos won the game. The weather was cold.',
    'The weather was cold again.',
    'Cold weather everywhere.',
  ];
  const idf = new StemIdf(docs);

  it('prefers the sentence covering the rarer question words (higher IDF)', () => {
    // "broncos" occurs in one document, "weather" in all three, so the broncos sentence wins.
    const text = 'The weather was fine. The broncos played.';
    const { span } = pickSentence('Did the broncos like the weather?', text, idf, splitSentences);
    expect(slice(text, span)).toBe('The broncos played.');
  });

  it('matches stems, not surface forms', () => {
    const text = 'Nothing here. They were winning.';
    const { span } = pickSentence('Who wins?', text, idf, splitSentences);
    expect(slice(text, span)).toBe('They were winning.');
  });

  it('takes the first sentence on ties and cuts long sentences at a word boundary', () => {
    const long = `${'word '.repeat(100)}end.`;
    const { span, clipped } = pickSentence('nothing matches', long, idf, splitSentences);
    expect(clipped).toBe(true);
    expect(span.start).toBe(0);
    expect(span.end).toBeLessThanOrEqual(MAX_EXCERPT_CHARS);
    expect(long.charAt(span.end)).toBe(' ');
  });
});
