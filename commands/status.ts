import type { Command } from '../src/discord/Command.js';
import { NO_LIVE_CORPUS_TEXT } from '../src/discord/renderReload.js';
import { renderStatus } from '../src/discord/renderStatus.js';

const data = {
  name: 'status',
  description: 'Articles, passages, index age, last build time, uptime and memory',
} as const;

/** `/status`: the index answering now and the bot's process figures, ephemeral. */
export const status = {
  data,
  isPrivate: () => true,
  execute: (_args, ctx) => {
    if (!ctx.live) return { content: NO_LIVE_CORPUS_TEXT, ephemeral: true };
    const now = Date.now();
    return renderStatus(ctx.live.status, {
      now,
      uptimeSeconds: (now - ctx.startedAt) / 1000,
      memory: process.memoryUsage(),
    });
  },
} satisfies Command<typeof data>;
