import { InteractionContextType, PermissionFlagsBits } from 'discord.js';
import type { Command } from '../src/discord/Command.js';
import { NO_LIVE_CORPUS_TEXT, renderReload } from '../src/discord/renderReload.js';

const data = {
  name: 'reload',
  description: 'Re-read the article folder now and report what changed (Manage Server only)',
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  contexts: [InteractionContextType.Guild],
} as const;

/**
 * `/reload`: rebuilds the index from the corpus folder now (the bot also does so by itself when files change)
 * and reports articles added, updated, removed and files skipped. Questions asked meanwhile are answered
 * from the old index. Only members with Manage Server see it (`default_member_permissions`).
 */
export const reload = {
  data,
  isPrivate: () => true,
  execute: async (_args, ctx) => {
    if (!ctx.live) return { content: NO_LIVE_CORPUS_TEXT, ephemeral: true };
    const outcome = await ctx.live.reload();
    return renderReload(outcome);
  },
} satisfies Command<typeof data>;
