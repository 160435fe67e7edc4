import { ApplicationCommandOptionType } from 'discord.js';
import type { Command } from '../src/discord/Command.js';
import { MAX_AUTOCOMPLETE_CHOICES } from '../src/discord/limits.js';
import { articleChoices, renderArticle, unknownArticleText } from '../src/discord/renderArticle.js';
import { UserError } from '../src/discord/UserError.js';

const data = {
  name: 'source',
  description: 'Show one article: title, date, link, length and its first lines',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'id',
      description: 'Article id (type to search ids and titles)',
      required: true,
      autocomplete: true,
      max_length: 300,
    },
  ],
} as const;

/** `/source id`: one article; an unknown id gets the closest ids, ephemerally. */
export const source = {
  data,
  execute: ({ id }, ctx) => {
    const article = ctx.engine.getArticle(id.trim());
    if (!article) throw new UserError(unknownArticleText(id, ctx.engine.suggestArticles(id, 5)));
    return renderArticle(article, ctx.engine.passageCountOf(article.id));
  },
  autocomplete: (focused, ctx) =>
    articleChoices(ctx.engine.suggestArticles(focused.value, MAX_AUTOCOMPLETE_CHOICES)),
} satisfies Command<typeof data>;
