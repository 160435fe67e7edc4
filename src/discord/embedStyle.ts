import type { Article } from '../corpus/Article.js';
import { inlineLabel, oneLine } from './markdown.js';

// What every rendered reply shares: the embed colour, how an article id and a link are shown.

/** The colour of every embed the bot sends (a muted blue). */
export const EMBED_COLOR = 0x2f6f8f;
/** Longest title and id shown in a one-line source label, once escaped. */
export const TITLE_LABEL_MAX = 200;
const ID_LABEL_MAX = 120;

/** Where each article's URL can be found, for linking titles; the engine's `getArticle` fits. */
export type ArticleLookup = (id: string) => Pick<Article, 'url'> | undefined;

/** An article id as inline code (shown exactly, easy to copy), or escaped text if it contains a backtick. */
export function idLabel(id: string, max = ID_LABEL_MAX): string {
  const flat = oneLine(id);
  if (!flat.includes('`') && flat.length + 2 <= max) return `\`${flat}\``;
  return inlineLabel(flat, max);
}

/** A link Discord will render: http(s), no spaces or parentheses that would end the markdown early. */
export function linkable(url: string | null | undefined): string | undefined {
  if (!url || url.length > 500 || /[\s()<>]/.test(url)) return undefined;
  return /^https?:\/\/[^/]+/i.test(url) ? url : undefined;
}
