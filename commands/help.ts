import type { Command } from '../src/discord/Command.js';
import { renderHelp } from '../src/discord/renderHelp.js';

const data = {
  name: 'help',
  description: 'What Verbatim does and how to ask it',
} as const;

/** `/help`: a short guide, ephemeral. */
export const help = {
  data,
  isPrivate: () => true,
  execute: (_args, ctx) => renderHelp(ctx.engine.articles.length),
} satisfies Command<typeof data>;
