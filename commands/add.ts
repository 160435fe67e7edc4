import { ApplicationCommandOptionType } from 'discord.js';
import { MANAGE_SERVER_ONLY, type Command } from '../src/discord/Command.js';
import { ADD_UNAVAILABLE_TEXT, renderAddFailed, renderAdded } from '../src/discord/renderAdded.js';
import { AddError } from '../src/web/AddError.js';
import { addArticle } from '../src/web/addArticle.js';
import { FetchError } from '../src/web/FetchError.js';

/** Longest URL accepted, in characters (browsers and servers commonly stop near 2,000). */
const MAX_URL_LENGTH = 2000;

const data = {
  ...MANAGE_SERVER_ONLY,
  name: 'add',
  description: 'Add a news article from a web page to the articles (Manage Server only)',
  options: [
    {
      type: ApplicationCommandOptionType.String,
      name: 'url',
      description: "The article's web address (http or https)",
      required: true,
      max_length: MAX_URL_LENGTH,
    },
  ],
} as const;

/**
 * `/add url`: fetches the page (safely: see src/web/fetchPage.ts), writes its article into the corpus folder
 * and replies privately with its id, title and date, or why it could not be added. Fetching can take longer
 * than Discord's 3 seconds, so the router defers the reply. The live engine picks the new file up by itself.
 */
export const add = {
  data,
  isPrivate: () => true,
  execute: async (args, ctx) => {
    if (!ctx.web) return { content: ADD_UNAVAILABLE_TEXT, ephemeral: true };
    try {
      return renderAdded(await addArticle(args.url, ctx.web));
    } catch (error) {
      // Expected failures are explained to the member; anything else is a bug for the router to log.
      if (error instanceof FetchError || error instanceof AddError) return renderAddFailed(error.message);
      throw error;
    }
  },
} satisfies Command<typeof data>;
