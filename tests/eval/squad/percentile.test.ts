import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { percentile } from '../../../src/eval/squad/percentile.js';

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const values = [5, 1, 4, 2, 3];
    expect(percentile(values, 50)).toBe(3);
    expect(percentile(values, 99)).toBe(5);
    expect(percentile(values, 20)).toBe(1);
    expect(percentile(values, 21)).toBe(2);
    expect(percentile(values, 100)).toBe(5);
  });

  it('gives p99 of 1..100 as 99 and does not reorder its input', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(percentile(values, 99)).toBe(99);
    expect(values[0]).toBe(100);
  });

  it('is NaN for no values and rejects p outside (0, 100]', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 0)).toThrow('p must be in (0, 100], got 0');
    expect(() => percentile([1], 101)).toThrow('got 101');
  });

  it('always returns one of the values, and never decreases as p grows', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ noNaN: true }), { minLength: 1 }),
        fc.integer({ min: 1, max: 99 }),
        (values, p) => {
          const low = percentile(values, p);
          expect(values).toContain(low);
          expect(percentile(values, p + 1)).toBeGreaterThanOrEqual(low);
        },
      ),
    );
  });
});
