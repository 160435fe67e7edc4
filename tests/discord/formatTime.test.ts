import { describe, expect, test } from 'vitest';
import { formatDuration, formatMs } from '../../src/discord/formatTime.js';

describe('formatMs and formatDuration', () => {
  test('durations and times read naturally', () => {
    expect([formatMs(850.4), formatMs(2400)]).toEqual(['850 ms', '2.4 s']);
    expect([42, 303, 11_520, 187_200].map(formatDuration)).toEqual([
      '42 s',
      '5 min 3 s',
      '3 h 12 min',
      '2 d 4 h',
    ]);
  });
});
