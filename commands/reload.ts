import { MANAGE_SERVER_ONLY, type Command } from '../src/discord/Command.js';
import { NO_LIVE_CORPUS_TEXT, renderReload } from '../src/discord/renderReload.js';

const data = {
  ...MANAGE_SERVER_ONLY,
  name: 'reload',
  description: 'Re-read the article folder now and report what changed (Manage Server only)',
} as const;

/**
 * `/reload`: rebuilds the index from the corpus folder now (the bot also does so by itself when files change)
 * and reports articles added, updated, removed and files skipped. Questions asked meanwhile are answered
 * from the old index. Only members with Manage Server see it (`default_member_permissions`).
 */
export const reload = {
  data,
  isPrivate: () => true,
  execute: async (_args, ctx) =>
    ctx.live ? renderReload(await ctx.live.reload()) : { content: NO_LIVE_CORPUS_TEXT, ephemeral: true },
} satisfies Command<typeof data>;
