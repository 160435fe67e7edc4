import { MONTH, WEEKDAY } from './dateWords.js';

/** What follows a "since" that dates: a month, a year or day, a weekday, "then", "last week", "early 2004". */
const DATE_AFTER = new RegExp(
  `^\\s+(?:(?:early|late|mid|the (?:start|end|beginning) of)\\s+)?(?:${MONTH}\\b|\\d|${WEEKDAY}\\b|then\\b|last\\b|yesterday\\b)`,
  'i',
);

/**
 * Whether the reason cue at text[start, end) is a "since" followed by a date ("since April 2014", "since
 * then"): it says from when, not why, so it is not tagged a reason and answers no "why" question.
 */
export function isTemporalSince(text: string, start: number, end: number): boolean {
  return text.slice(start, end).toLowerCase() === 'since' && DATE_AFTER.test(text.slice(end, end + 40));
}
