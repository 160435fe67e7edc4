/**
 * The reason a page is skipped when Readability finds no article on it (a section front, an error page, a
 * paywall stub). Its own small module so `add` can recognise it without loading the HTML libraries.
 */
export const NO_ARTICLE_TEXT = 'no article text found in the page';
