import type { APIApplicationCommandOptionChoice, APIEmbed } from 'discord.js';
import type { Article } from '../corpus/Article.js';
import { plural } from '../text/plural.js';
import { EMBED_COLOR, idLabel, linkable } from './embedStyle.js';
import { MAX_CHOICE_NAME_LENGTH, MAX_EMBED_TITLE_LENGTH, MAX_FIELD_VALUE_LENGTH } from './limits.js';
import { fitQuoteBlock, inlineLabel, oneLine, truncate } from './markdown.js';
import type { Reply } from './Reply.js';

/** How many lines and characters of an article `/source` shows. */
const PREVIEW_LINES = 5;
const PREVIEW_CHARS = 700;

/** The first non-empty lines of an article's body, at most PREVIEW_CHARS characters before rendering. */
function preview(article: Article): string {
  const body = article.text.slice(article.bodyStart);
  const lines = body
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .slice(0, PREVIEW_LINES);
  return lines.join('\n').slice(0, PREVIEW_CHARS);
}

/** One article: title (linked), date, id, length, passages and its first lines. */
export function renderArticle(article: Article, passages: number): Reply {
  const words = article.text.slice(article.bodyStart).split(/\s+/).filter(Boolean).length;
  const fields = [
    { name: 'Date', value: article.date ?? 'undated', inline: true },
    { name: 'Id', value: idLabel(article.id, MAX_FIELD_VALUE_LENGTH), inline: true },
    {
      name: 'Length',
      value: `${plural(words, 'word')}, ${plural(article.text.length, 'character')}, ${plural(passages, 'passage')}`,
      inline: true,
    },
  ];
  if (article.url)
    // A URL Discord can link is shown as it is; anything else in the front matter is text, escaped, so that
    // `[click me](https://evil.example) **hi**` shows those characters instead of a masked link in bold.
    fields.push({
      name: 'URL',
      value: linkable(article.url) ?? inlineLabel(article.url, MAX_FIELD_VALUE_LENGTH),
      inline: false,
    });
  if (article.duplicateIds.length > 0) {
    fields.push({
      name: 'Same text as',
      value: inlineLabel(article.duplicateIds.join(', '), MAX_FIELD_VALUE_LENGTH),
      inline: false,
    });
  }
  const url = linkable(article.url);
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: inlineLabel(article.title, MAX_EMBED_TITLE_LENGTH),
    ...(url ? { url } : {}),
    description: fitQuoteBlock(preview(article), [], 1500),
    fields,
  };
  return { embeds: [embed] };
}

/** What `/source` says to an id that names no article, with the closest ids. */
export function unknownArticleText(id: string, suggestions: readonly Article[]): string {
  const shown = `No article has the id ${idLabel(id, 120)}.`;
  if (suggestions.length === 0) return `${shown} See \`/sources\` for the list.`;
  const list = suggestions.map((article) => `${idLabel(article.id)} (${inlineLabel(article.title, 80)})`);
  return `${shown} Closest: ${list.join(', ')}.`;
}

/** Autocomplete choices for articles: "Title (id)" as the name, the id as the value. */
export function articleChoices(articles: readonly Article[]): APIApplicationCommandOptionChoice<string>[] {
  return articles.map((article) => {
    const suffix = ` (${article.id})`;
    const room = MAX_CHOICE_NAME_LENGTH - suffix.length;
    const name =
      room >= 10
        ? truncate(oneLine(article.title), room) + suffix
        : truncate(article.id, MAX_CHOICE_NAME_LENGTH);
    return { name, value: article.id };
  });
}
