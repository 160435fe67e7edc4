import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/passages/splitSentences.js';

const sentencesOf = (text: string): string[] => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences: boundaries', () => {
  it('splits at periods, question marks and exclamation marks followed by a capital', () => {
    expect(sentencesOf('Talks began. Did they end? They did!  Then silence.')).toEqual([
      'Talks began.',
      'Did they end?',
      'They did!',
      'Then silence.',
    ]);
  });

  it('does not split before a lowercase word', () => {
    expect(sentencesOf('He said no. and left.')).toEqual(['He said no. and left.']);
  });

  it('always splits at a blank line', () => {
    expect(sentencesOf('A headline without a stop\n\nThe body starts here.')).toEqual([
      'A headline without a stop',
      'The body starts here.',
    ]);
  });
});

describe('splitSentences: abbreviations', () => {
  it('does not split after U.S., Mr. or Feb.', () => {
    const text = 'The U.S. President met Mr. Putin on Feb. 8 in Moscow. They talked.';
    expect(sentencesOf(text)).toEqual([
      'The U.S. President met Mr. Putin on Feb. 8 in Moscow.',
      'They talked.',
    ]);
  });

  it('does not split after an initial', () => {
    expect(sentencesOf('John F. Kennedy spoke. Crowds cheered.')).toEqual([
      'John F. Kennedy spoke.',
      'Crowds cheered.',
    ]);
  });

  it('splits after "p.m.", "D.C." or "Co." when a sentence’s first word follows, not before a day or a name', () => {
    // why: wire copy ends many sentences with a time or a firm's name; merged, the next sentence's first word
    // read as a name in the middle of one, and a quote carried two sentences.
    const text =
      'Classes run from 7:45 a.m. to 4:05 p.m. "Nobody wanted this," Hutchins said. He moved to Washington, D.C. ' +
      'He works for Maple Hollow Toy Co. The firm landed at 11:30 a.m. Friday in the U.S. Senate car park ' +
      'with D.C. Police Chief Cathy Lanier.';
    expect(sentencesOf(text)).toEqual([
      'Classes run from 7:45 a.m. to 4:05 p.m.',
      '"Nobody wanted this," Hutchins said.',
      'He moved to Washington, D.C.',
      'He works for Maple Hollow Toy Co.',
      'The firm landed at 11:30 a.m. Friday in the U.S. Senate car park with D.C. Police Chief Cathy Lanier.',
    ]);
  });

  it('splits after a word that merely looks short ("it.")', () => {
    expect(sentencesOf('They denied it. Officials left.')).toEqual(['They denied it.', 'Officials left.']);
  });
});

describe('splitSentences: numbers', () => {
  it('keeps decimals and thousands separators inside one sentence', () => {
    expect(sentencesOf('Growth was 3.5 percent. Some 100,000 troops moved. Prices rose 1.2.')).toEqual([
      'Growth was 3.5 percent.',
      'Some 100,000 troops moved.',
      'Prices rose 1.2.',
    ]);
  });

  it('splits before a sentence that starts with a number', () => {
    expect(sentencesOf('It was late. 150,000 troops stood by.')).toEqual([
      'It was late.',
      '150,000 troops stood by.',
    ]);
  });
});

describe('splitSentences: quotes', () => {
  it('keeps closing quotes with the sentence they end', () => {
    expect(sentencesOf('“We will try,” he said. “We will succeed.” She nodded.')).toEqual([
      '“We will try,” he said.',
      '“We will succeed.”',
      'She nodded.',
    ]);
  });

  it('handles straight quotes and brackets', () => {
    expect(sentencesOf('He said "no." (It was final.) Talks ended.')).toEqual([
      'He said "no."',
      '(It was final.)',
      'Talks ended.',
    ]);
  });
});

describe('splitSentences: ellipses', () => {
  it('splits after "..." and "…" when a new sentence follows', () => {
    expect(sentencesOf('They waited... Nothing came. Then … Silence fell… Later it rained.')).toEqual([
      'They waited...',
      'Nothing came.',
      'Then …',
      'Silence fell…',
      'Later it rained.',
    ]);
  });

  it('does not split an ellipsis with no space after it', () => {
    expect(sentencesOf('The proposals...are sound. Yes.')).toEqual(['The proposals...are sound.', 'Yes.']);
  });
});

describe('splitSentences: spans', () => {
  it('returns offsets into the original text within [start, end)', () => {
    const text = 'Ignore this. Take this one. And this. Ignore again.';
    const start = text.indexOf('Take');
    const end = text.indexOf(' Ignore again');
    const spans = splitSentences(text, start, end);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Take this one.', 'And this.']);
  });

  it('returns ordered, trimmed, non-overlapping spans inside the range for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 300 }), (text) => {
        const spans = splitSentences(text);
        let previousEnd = 0;
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          const slice = text.slice(span.start, span.end);
          expect(slice).toBe(slice.trim());
          previousEnd = span.end;
        }
        // Nothing but white space is left out.
        const covered = spans.map((s) => text.slice(s.start, s.end)).join('');
        expect(covered.replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
      }),
    );
  });
});
