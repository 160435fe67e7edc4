/**
 * Paragraphs that are not article text: site furniture, promotions and headings. They are never quoted.
 * The rules are deliberately about form, not about any one site: a lone link label, a call to action,
 * or a short line with no sentence punctuation (a section heading or a dateline such as "NEW YORK").
 */
const FURNITURE =
  /^(?:source link|source:.*|read more.*|related(?: articles| stories| coverage)?:?|advertisement|share this.*|image(?: copyright| caption).*|getty images)$/i;
const CALL_TO_ACTION =
  /\b(?:click here|sign up (?:for|to)|subscribe (?:to|now)|follow us on|download (?:our|the) app|newsletter)\b/i;
/** A heading has at most this many words. */
const MAX_HEADING_WORDS = 8;

export function isBoilerplate(paragraph: string): boolean {
  const text = paragraph.trim();
  if (FURNITURE.test(text) || CALL_TO_ACTION.test(text)) return true;
  const words = text.split(/\s+/).length;
  return words <= MAX_HEADING_WORDS && !/[.!?…"”’)\]]$/.test(text);
}
