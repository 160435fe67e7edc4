/**
 * Paragraphs that are not article text: site furniture, promotions and headings. They are never quoted.
 * The rules are deliberately about form, not about any one site: a lone link label, a call to action,
 * or a short line with no sentence punctuation (a section heading or a dateline such as "NEW YORK").
 */
const FURNITURE =
  /^(?:source link|source:.*|read more.*|related(?: articles| stories| coverage)?:?|advertisement|share this.*|image(?: copyright| caption).*|getty images)$/i;
/**
 * A call to action addresses the reader: an imperative opening the paragraph ("Sign up for…", "Subscribe
 * to…"), or words news reports do not use of their subjects ("click here", "follow us on", "our
 * newsletter"). "Creditors have until Wednesday to sign up to a rescue package" and "publicity via his
 * newsletter" are news.
 */
const CALL_TO_ACTION =
  /^\W*(?:sign up|subscribe|download|register|get our|join our)\b|\b(?:click here|follow us on|subscribe now|download our app|our (?:\w+ )?(?:newsletter|briefing|app))\b/i;
/** A call to action is a line or two; a paragraph longer than this (words) is article text whatever it says. */
const MAX_CALL_WORDS = 40;
/**
 * A link to a video, a gallery or another story, as wire stories carry them between paragraphs: a line ending
 * in "»" after a word ("Watch how the fire spread »", "See photos of the damage »"). A quotation in guillemets
 * opens with "«" and closes its sentence inside ("«We will not give in.»"), so a paragraph holding "«" or ending
 * in ".»" is news. At most this many words: a label, not a paragraph.
 */
const MAX_LINK_WORDS = 30;
/** "»" after a word or a space, not after a sentence's stop ("… give in.»"). */
const LINK_END = /[^.!?…"”'’\s]\s*»$/u;
/** A heading has at most this many words. */
const MAX_HEADING_WORDS = 8;

export function isBoilerplate(paragraph: string): boolean {
  const text = paragraph.trim();
  const words = text.split(/\s+/).length;
  if (FURNITURE.test(text) || (words <= MAX_CALL_WORDS && CALL_TO_ACTION.test(text))) return true;
  if (words <= MAX_LINK_WORDS && LINK_END.test(text) && !text.includes('«')) return true;
  return words <= MAX_HEADING_WORDS && !/[.!?…"”’)\]»]$/.test(text);
}
