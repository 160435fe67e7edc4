import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { operatingPoint } from '../../../src/eval/squad/operatingPoint.js';

describe('operatingPoint', () => {
  it('takes the highest threshold that answers the target share of in-corpus questions', () => {
    const inCorpus = [10, 9, 8, 7, 6, 5, 4, 3, 2, 1];
    const outOfCorpus = [0.5, 2.5, 4.5, 9.5];
    // 80% of 10 questions must be answered: threshold 3 answers 3..10; out-of-corpus 0.5 and 2.5 fall below.
    expect(operatingPoint(inCorpus, outOfCorpus, 80)).toEqual({
      threshold: 3,
      inCorpusAnswered: 80,
      outOfCorpusDeclined: 50,
    });
  });

  it('answers every tie at the threshold', () => {
    expect(operatingPoint([1, 1, 1, 1], [1, 0], 50)).toMatchObject({
      inCorpusAnswered: 100,
      outOfCorpusDeclined: 50,
    });
  });

  it('is null without in-corpus questions', () => {
    expect(operatingPoint([], [1])).toBeNull();
  });

  it('always answers at least the target share', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true }), { minLength: 1 }),
        fc.array(fc.double({ noNaN: true })),
        fc.integer({ min: 1, max: 100 }),
        (inCorpus, outOfCorpus, target) => {
          expect(operatingPoint(inCorpus, outOfCorpus, target)?.inCorpusAnswered).toBeGreaterThanOrEqual(
            target,
          );
        },
      ),
    );
  });
});
