import type { Message } from 'discord.js';
import { answerQuestion } from './answerQuestion.js';
import type { CommandContext } from './Command.js';
import { GENERIC_ERROR_TEXT } from './routeInteraction.js';
import { renderHelp } from './renderHelp.js';
import type { Reply } from './Reply.js';
import { replyToMessage } from './sendReply.js';
import { UserError } from './UserError.js';

/**
 * The question in a message that mentions the bot (`<@id>` or `<@!id>` anywhere in it), with those
 * mentions removed and whitespace trimmed; null when the message does not mention the bot.
 */
export function mentionQuestion(content: string, botId: string): string | null {
  const mention = new RegExp(`<@!?${botId}>`, 'g');
  if (!mention.test(content)) return null;
  return content.replace(mention, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * Answers messages that mention the bot as `/ask` would, as a reply to that message; a bare mention gets the
 * help. Ignores bots, webhooks and system messages, and a bare mention within the user's cooldown (each would
 * otherwise post a public embed). Never rejects.
 */
export function createMentionHandler(ctx: CommandContext): (message: Message) => Promise<void> {
  return async (message) => {
    if (message.author.bot || message.webhookId !== null || message.system) return;
    const question = mentionQuestion(message.content, message.client.user.id);
    if (question === null) return;
    // A bare mention takes the cooldown too, and is ignored while it runs: silence, not a notice, so that
    // repeating it posts nothing at all.
    if (question === '' && !ctx.cooldown.take(message.author.id).ok) return;
    let reply: Reply;
    try {
      reply =
        question === ''
          ? renderHelp(ctx.engine.articles.length)
          : answerQuestion(ctx, { userId: message.author.id, question });
    } catch (error) {
      if (error instanceof UserError) {
        reply = { content: error.message };
      } else {
        ctx.logger.error('Mention failed', { message: message.id, channel: message.channelId, error });
        reply = { content: GENERIC_ERROR_TEXT };
      }
    }
    try {
      await replyToMessage(message, reply);
    } catch (error) {
      ctx.logger.error('Could not reply to a mention', {
        message: message.id,
        channel: message.channelId,
        error,
      });
    }
  };
}
