import { describe, expect, it } from 'vitest';
import { mightBeDate, readDate } from '../../src/corpus/readDate.js';

describe('readDate: dates people write', () => {
  it.each([
    ['2024-05-14', '2024-05-14'],
    ['14 May 2024', '2024-05-14'],
    ['May 14, 2024', '2024-05-14'],
    ['14th May 2024', '2024-05-14'],
    ['Tuesday, 14 May 2024, 10:32 BST', '2024-05-14'],
    ['13/04/2024', '2024-04-13'],
    ['04/13/2024', '2024-04-13'],
    ['04/04/2024', '2024-04-04'],
  ])('reads "%s" as %s', (text, date) => {
    expect(readDate(text)).toMatchObject({ kind: 'date', date, length: text.length });
  });

  it('keeps the calendar date as written, never shifted by a time zone', () => {
    expect(readDate('2024-05-14T23:30:00-08:00')).toMatchObject({ date: '2024-05-14' });
    expect(readDate('May 14, 2024 at 11:30 PM PST')).toMatchObject({ date: '2024-05-14' });
    expect(readDate('Mon 14 May 2024 00:30 GMT+10')).toMatchObject({ date: '2024-05-14' });
  });

  it('says how much of the text the date spans, so the rest of the line can stay text', () => {
    const reading = readDate('14 May 2024 Macron and Putin met');
    expect(reading).toMatchObject({ kind: 'date', date: '2024-05-14', length: '14 May 2024'.length });
  });
});

describe('readDate: dates that cannot be read are problems, not guesses', () => {
  it('calls a numeric date whose day and month could be swapped ambiguous, naming both readings', () => {
    const reading = readDate('03/04/2024');
    expect(reading.kind).toBe('problem');
    expect(reading.kind === 'problem' && reading.reason).toMatch(/ambiguous.*2024-03-04.*2024-04-03/);
  });

  it.each([['14 May'], ['2 hours ago']])('calls "%s" incomplete: it depends on today', (text) => {
    expect(readDate(text)).toMatchObject({
      kind: 'problem',
      reason: expect.stringMatching(/not a full calendar date/),
    });
  });

  it('calls an impossible ISO date a problem', () => {
    expect(readDate('2022-02-30')).toMatchObject({
      kind: 'problem',
      reason: expect.stringMatching(/2022-02-30/),
    });
  });

  it.each([['soon'], ['Reuters'], ['Macron met Putin on 14 May 2024']])(
    'finds no date at the start of "%s"',
    (text) => {
      expect(readDate(text)).toEqual({ kind: 'none' });
    },
  );
});

describe('mightBeDate', () => {
  it('lets through short lines that start with a number, month or weekday and have a year', () => {
    expect(mightBeDate('14 May 2024')).toBe(true);
    expect(mightBeDate('03/04/2024')).toBe(true);
    expect(mightBeDate('Ad sales boost Time Warner profit')).toBe(false);
    expect(mightBeDate('US insurer Marsh cuts 2,500 jobs')).toBe(false);
    expect(mightBeDate('Brown names 16 March for Budget')).toBe(false);
    expect(mightBeDate('Tuesday, May 14, 2024')).toBe(true);
  });
});
