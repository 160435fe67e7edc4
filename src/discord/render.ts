import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIApplicationCommandOptionChoice, APIButtonComponentWithCustomId, APIEmbed } from 'discord.js';
import type { AnswerResult, Excerpt } from '../answer/AnswerResult.js';
import type { Span } from '../passages/Span.js';
import type { Article } from '../corpus/Article.js';
import { plural } from '../text/plural.js';
import {
  MAX_CHOICE_NAME_LENGTH,
  MAX_CONTENT_LENGTH,
  MAX_EMBED_DESCRIPTION_LENGTH,
  MAX_EMBED_TITLE_LENGTH,
  MAX_EMBEDS_TOTAL_LENGTH,
  MAX_FIELD_VALUE_LENGTH,
} from './limits.js';
import { fitQuoteBlock, inlineLabel, oneLine, truncate } from './markdown.js';
import type { Reply } from './Reply.js';

/**
 * One renderer for everything the bot shows: engine results and article listings become `Reply` values.
 * Article text is escaped so it shows exactly; only the words that matched the question are made bold.
 * Each renderer budgets its own text to Discord's limits so that `fitReply` rarely has to cut.
 */

/** Embed accent colour. */
/** The colour of every embed the bot sends (a muted blue). */
export const EMBED_COLOR = 0x2f6f8f;
/** Articles per `/sources` page unless the bot is configured otherwise. */
export const DEFAULT_SOURCES_PAGE_SIZE = 10;
/** Longest title and id shown in a one-line source label, once escaped. */
const TITLE_LABEL_MAX = 200;
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
function linkable(url: string | null | undefined): string | undefined {
  if (!url || url.length > 500 || /[\s()<>]/.test(url)) return undefined;
  return /^https?:\/\/[^/]+/i.test(url) ? url : undefined;
}

/** Most ids of other articles with the same quote (Excerpt.alsoIn) listed on a source line; then "and N more". */
const ALSO_IN_SHOWN = 3;

/**
 * "Title · 2022-02-08 · `id`", the title linked to the article's URL when known, then " · also in `id2`"
 * when other articles say the same in the same words.
 */
function sourceLine(excerpt: Excerpt, url: string | undefined): string {
  const title = `**${inlineLabel(excerpt.title, TITLE_LABEL_MAX)}**`;
  const linked = url ? `[${title}](${url})` : title;
  const others = excerpt.alsoIn ?? [];
  const more = others.length > ALSO_IN_SHOWN ? ` and ${others.length - ALSO_IN_SHOWN} more` : '';
  const alsoIn =
    others.length === 0
      ? ''
      : ` · also in ${others
          .slice(0, ALSO_IN_SHOWN)
          .map((id) => idLabel(id))
          .join(', ')}${more}`;
  return `— ${linked} · ${excerpt.date ?? 'undated'} · ${idLabel(excerpt.sourceId)}${alsoIn}`;
}

/** Shown when the corpus has no answer; quotes nothing. */
export const NO_ANSWER_TEXT =
  '**No article answers this.** Try other words (names, places, what happened), or see `/sources` for the articles I have read.';

/**
 * The engine's result as a message: for `found`, one embed per excerpt with the quote as a quote block
 * (matched words in bold) followed by its source; for `none`, a short hint; for `invalid`, the engine's
 * message, ephemeral. `ephemeral` applies to `found` and `none`.
 */
export function renderAnswer(
  result: AnswerResult,
  options: { readonly ephemeral?: boolean; readonly lookup?: ArticleLookup } = {},
): Reply {
  const ephemeral = options.ephemeral === true;
  switch (result.kind) {
    case 'invalid':
      return { content: truncate(result.message, MAX_CONTENT_LENGTH), ephemeral: true };
    case 'none':
      return { content: NO_ANSWER_TEXT, ephemeral };
    case 'found': {
      const excerpts = result.excerpts.slice(0, 10);
      // Share the 6,000 total between the excerpts, leaving room for what fitReply counts beyond descriptions.
      const perEmbed = Math.min(
        MAX_EMBED_DESCRIPTION_LENGTH,
        Math.floor((MAX_EMBEDS_TOTAL_LENGTH - 10) / excerpts.length),
      );
      const embeds = excerpts.map((excerpt): APIEmbed => {
        const source = sourceLine(excerpt, linkable(options.lookup?.(excerpt.sourceId)?.url));
        const { text, highlights } = markCut(excerpt);
        const quote = fitQuoteBlock(text, highlights, Math.max(0, perEmbed - source.length - 1));
        return { color: EMBED_COLOR, description: `${quote}\n${source}` };
      });
      return { embeds, ephemeral };
    }
  }
}

/** Marks a side of a quote cut from its sentence, as the terminal does. */
const CUT_MARK = '…';

/**
 * The quote with "…" on each side cut from a longer sentence (Excerpt.cut), highlights moved to match. The
 * marks are outside the article's characters, which stay as they are.
 */
function markCut(excerpt: Excerpt): { text: string; highlights: readonly Span[] } {
  const before = excerpt.cut?.before === true ? CUT_MARK : '';
  const after = excerpt.cut?.after === true ? CUT_MARK : '';
  const highlights = before
    ? excerpt.highlights.map((h) => ({ start: h.start + before.length, end: h.end + before.length }))
    : excerpt.highlights;
  return { text: `${before}${excerpt.quote}${after}`, highlights };
}

/** Number of `/sources` pages for `count` articles (at least 1). */
export function pageCount(count: number, pageSize: number): number {
  return Math.max(1, Math.ceil(count / pageSize));
}

/** `custom_id` of the button that shows `/sources` page `page`; the state survives restarts. */
export function sourcesPageId(page: number): string {
  return `sources:${page}`;
}

/**
 * One page (1-based, clamped to the pages there are) of the article list: id, title, date per line, with
 * Previous/Next buttons when there is more than one page.
 */
export function renderSourcesPage(articles: readonly Article[], page: number, pageSize: number): Reply {
  if (articles.length === 0) {
    return { content: 'No articles are indexed yet: the corpus folder has no readable .txt or .md files.' };
  }
  const pages = pageCount(articles.length, pageSize);
  const current = Math.min(Math.max(1, Math.trunc(page)), pages);
  const first = (current - 1) * pageSize;
  const lineMax = Math.floor((MAX_EMBED_DESCRIPTION_LENGTH - 200) / pageSize);
  const lines = articles.slice(first, first + pageSize).map((article, i) => {
    const prefix = `${first + i + 1}\\. `;
    const tail = ` — ${article.date ?? 'undated'} — ${idLabel(article.id)}`;
    return `${prefix}**${inlineLabel(article.title, Math.max(1, lineMax - prefix.length - tail.length - 4))}**${tail}`;
  });
  const embed: APIEmbed = {
    color: EMBED_COLOR,
    title: `Sources: ${articles.length} article${articles.length === 1 ? '' : 's'}`,
    description: lines.join('\n'),
    footer: { text: `Page ${current} of ${pages} · ask about them with /ask` },
  };
  if (pages === 1) return { embeds: [embed] };
  const button = (label: string, target: number, disabled: boolean): APIButtonComponentWithCustomId => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: sourcesPageId(target),
    disabled,
  });
  return {
    embeds: [embed],
    components: [
      {
        type: ComponentType.ActionRow,
        components: [
          button('Previous', current - 1, current === 1),
          button('Next', current + 1, current === pages),
        ],
      },
    ],
  };
}

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

/** `/help`: what the bot does and how to ask. */
export function renderHelp(articleCount: number): Reply {
  const description = [
    `I answer questions about ${plural(articleCount, 'news article')} by quoting them word for word, with the source of every quote. I never paraphrase: if no article answers, I say so.`,
    '',
    '**/ask** `question` — quotes the passages that answer it, matched words in bold. Optional: `source` to ask one article, `private` to see the answer alone.',
    '**/sources** — lists the articles: id, title and date.',
    '**/source** `id` — one article: title, date, link, length and its first lines.',
    '**@mention me** with a question — same as /ask, answered as a reply.',
    '**/status** — how many articles and passages are indexed, and how fresh the index is.',
    '**/reload** — re-read the articles now (members with Manage Server).',
    '',
    'Ask with the words an article would use: names, places, what happened.',
  ].join('\n');
  return { embeds: [{ color: EMBED_COLOR, title: 'Verbatim', description }], ephemeral: true };
}
