import { describe, expect, it } from 'vitest';
import { indexedHalf } from '../../src/eval/indexedHalf.js';

const ids = (...list: string[]) => list.map((id) => ({ id }));

describe('indexedHalf', () => {
  it('keeps the 1st, 3rd, 5th, … article of each folder in id order, whatever the order given', () => {
    const half = indexedHalf(
      ids('tech/003', 'sport/002', 'tech/001', 'sport/001', 'tech/002', 'sport/003', 'sport/004'),
    );
    expect([...half].sort()).toEqual(['sport/001', 'sport/003', 'tech/001', 'tech/003']);
  });

  it('treats a flat folder as one folder', () => {
    expect([...indexedHalf(ids('b', 'a', 'c', 'd'))].sort()).toEqual(['a', 'c']);
  });
});
