import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIButtonComponentWithCustomId, APIEmbed } from 'discord.js';
import type { Article } from '../corpus/Article.js';
import { EMBED_COLOR, idLabel } from './embedStyle.js';
import { MAX_EMBED_DESCRIPTION_LENGTH } from './limits.js';
import { inlineLabel } from './markdown.js';
import type { Reply } from './Reply.js';

/** Articles per `/sources` page unless the bot is configured otherwise. */
export const DEFAULT_SOURCES_PAGE_SIZE = 10;

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
    return {
      content: 'No articles are indexed yet: the corpus folder has no readable .txt, .md or .html files.',
    };
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
