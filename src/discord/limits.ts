/**
 * Discord's size limits, in one place. Lengths count UTF-16 code units (JavaScript's `string.length`),
 * which is never less than the characters Discord counts, so staying under them is always safe.
 * A reply that breaks one is refused with a 400 (code 50035) and the user sees nothing.
 */

/** Message `content`. */
export const MAX_CONTENT_LENGTH = 2000;
/** Embeds per message. */
export const MAX_EMBEDS = 10;
/** Embed title. */
export const MAX_EMBED_TITLE_LENGTH = 256;
/** Embed description. */
export const MAX_EMBED_DESCRIPTION_LENGTH = 4096;
/** Fields per embed. */
export const MAX_EMBED_FIELDS = 25;
/** Embed field name. */
export const MAX_FIELD_NAME_LENGTH = 256;
/** Embed field value. */
export const MAX_FIELD_VALUE_LENGTH = 1024;
/** Embed footer text. */
export const MAX_FOOTER_TEXT_LENGTH = 2048;
/** Embed author name. */
export const MAX_AUTHOR_NAME_LENGTH = 256;
/** Sum of title, description, field names and values, footer text and author name over all embeds. */
export const MAX_EMBEDS_TOTAL_LENGTH = 6000;
/** Embed URLs (title link); longer ones are dropped rather than cut. */
export const MAX_EMBED_URL_LENGTH = 2048;

/** Action rows per message. */
export const MAX_ACTION_ROWS = 5;
/** Buttons per action row. */
export const MAX_BUTTONS_PER_ROW = 5;
/** Button label. */
export const MAX_BUTTON_LABEL_LENGTH = 80;
/** Component `custom_id` (1 to 100). */
export const MAX_CUSTOM_ID_LENGTH = 100;

/** Autocomplete choices per response. */
export const MAX_AUTOCOMPLETE_CHOICES = 25;
/** Autocomplete choice name. */
export const MAX_CHOICE_NAME_LENGTH = 100;
/** Autocomplete choice value (strings). */
export const MAX_CHOICE_VALUE_LENGTH = 100;

/** First response to an interaction must arrive within this many milliseconds. */
export const INTERACTION_RESPONSE_DEADLINE_MS = 3000;
