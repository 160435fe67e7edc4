import { ApplicationCommandOptionType } from 'discord.js';
import type { Command } from '../src/discord/Command.js';
import { pageCount, renderSourcesPage } from '../src/discord/renderSources.js';
import { UserError } from '../src/discord/UserError.js';

const data = {
  name: 'sources',
  description: 'List the articles I can quote: id, title and date',
  options: [
    {
      type: ApplicationCommandOptionType.Integer,
      name: 'page',
      description: 'Page to show (default 1)',
      min_value: 1,
    },
  ],
} as const;

/** `/sources [page]`: the indexed articles, paged with Previous/Next buttons whose custom_id holds the page. */
export const sources = {
  data,
  execute: ({ page = 1 }, ctx) => {
    const pages = pageCount(ctx.engine.articles.length, ctx.sourcesPageSize);
    if (page > pages) {
      throw new UserError(
        `There is no page ${page}: the sources fill ${pages} page${pages === 1 ? '' : 's'}.`,
      );
    }
    return renderSourcesPage(ctx.engine.articles, page, ctx.sourcesPageSize);
  },
  button: (state, ctx) => {
    // A page beyond the end (the corpus shrank since the message was sent) shows the last page.
    const page = /^\d{1,6}$/.test(state) ? Number(state) : 1;
    return renderSourcesPage(ctx.engine.articles, page, ctx.sourcesPageSize);
  },
} satisfies Command<typeof data>;
