import { MONTH } from './dateWords.js';

/** A month name, abbreviated or not ("Feb."), right before the number: "February 7", "April 2014". */
const MONTH_BEFORE = new RegExp(`\\b${MONTH}\\.?\\s+$`, 'i');
/** A month name right after the number, ordinal suffix and "of" allowed: "7 February", "8th of March". */
const MONTH_AFTER = new RegExp(`^(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\b`, 'i');
/**
 * A year of our era written alone, without a thousands comma: "in 2003", "its 2004 results", "since 1998". News
 * writes a count of that size with its comma ("2,000 jobs"); in the BBC corpus nearly every one of these is a
 * year (a few are times, "1900 GMT", or sizes, "2048 pixels"; "about 2000 people" would be lost as a count).
 */
const YEAR_ALONE = /^(?:19|20)\d\d$/;

/**
 * Whether the number at text[start, end) is the day or year of a date written with its month ("February 7",
 * "7 February", "April 2014"), or a year alone ("in 2003"): it dates something and counts nothing, so it is
 * not tagged a number and never answers "how many" or "how much" (the date tag already answers "when").
 */
export function isDateNumber(text: string, start: number, end: number): boolean {
  return (
    MONTH_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ||
    MONTH_AFTER.test(text.slice(end, end + 16)) ||
    YEAR_ALONE.test(text.slice(start, end))
  );
}
