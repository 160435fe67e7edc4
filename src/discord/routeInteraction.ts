import { MessageFlags } from 'discord.js';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
} from 'discord.js';
import type { Command, CommandContext } from './Command.js';
import { readArgs } from './Command.js';
import { INTERACTION_RESPONSE_DEADLINE_MS } from './limits.js';
import type { Reply } from './Reply.js';
import { fitChoices } from './fitReply.js';
import { sendReply, updateMessage } from './sendReply.js';
import { UserError } from './UserError.js';

/** The one line every unexpected failure gets; the details go to the log, never to the user. */
export const GENERIC_ERROR_TEXT =
  'Something went wrong on my side, and it has been logged. Please try again.';

/**
 * When a command's answer is not ready this long after the interaction arrived, the bot defers (shows
 * "thinking…") and edits the answer in later; the margin below the 3 s deadline covers the network.
 */
export const DEFER_AFTER_MS = INTERACTION_RESPONSE_DEADLINE_MS - 1200;

/** Handles one interaction completely: it answers or logs, and never rejects. */
export type InteractionHandler = (interaction: Interaction, receivedAt?: number) => Promise<void>;

/** Routes interactions to the commands of `commands` (by name, and by `custom_id` prefix for buttons). */
export function createInteractionRouter(
  commands: readonly Command[],
  ctx: CommandContext,
): InteractionHandler {
  const byName = new Map(commands.map((command) => [command.data.name, command]));

  const runCommand = async (interaction: ChatInputCommandInteraction, receivedAt: number): Promise<void> => {
    const command = byName.get(interaction.commandName);
    if (!command) {
      // Discord still lists a command this version no longer has: redeploy the commands.
      ctx.logger.warn('Unknown command; run npm run deploy-commands', { command: interaction.commandName });
      throw new UserError(
        `I do not know the command /${interaction.commandName}. See /help for what I can do.`,
      );
    }
    const args = readArgs(command.data, interaction.options);
    const ephemeral = command.isPrivate?.(args) ?? false;
    const reply = await withinDeadline(interaction, ephemeral, receivedAt, () =>
      command.execute(args, ctx, interaction),
    );
    await sendReply(interaction, reply);
  };

  const runAutocomplete = async (interaction: AutocompleteInteraction): Promise<void> => {
    const command = byName.get(interaction.commandName);
    const focused = interaction.options.getFocused(true);
    // Only options the definition marks for autocomplete get suggestions; any other (an old client, a forged
    // request) gets an empty list rather than choices meant for another option.
    const known = command?.data.options?.some((o) => o.name === focused.name && o.autocomplete === true);
    const choices = known
      ? (command?.autocomplete?.({ name: focused.name, value: String(focused.value) }, ctx) ?? [])
      : [];
    await interaction.respond(fitChoices(choices));
  };

  const runButton = async (interaction: ButtonInteraction): Promise<void> => {
    const separator = interaction.customId.indexOf(':');
    const name = separator === -1 ? interaction.customId : interaction.customId.slice(0, separator);
    const command = byName.get(name);
    if (!command?.button) throw new UserError('This button no longer works. Run the command again.');
    const reply = await command.button(interaction.customId.slice(separator + 1), ctx, interaction);
    if (reply.ephemeral) await sendReply(interaction, reply);
    else await updateMessage(interaction, reply);
  };

  return async (interaction, receivedAt = Date.now()) => {
    try {
      if (interaction.isChatInputCommand()) await runCommand(interaction, receivedAt);
      else if (interaction.isAutocomplete()) await runAutocomplete(interaction);
      else if (interaction.isButton()) await runButton(interaction);
    } catch (error) {
      await answerError(interaction, error, ctx);
    }
  };
}

/**
 * Runs `work` and returns its reply, deferring the interaction first if the reply is not ready within
 * DEFER_AFTER_MS of `receivedAt` (or if that time has already passed when it starts, e.g. after a
 * long queue). Synchronous work cannot be interrupted, so it is started only after the check.
 */
async function withinDeadline(
  interaction: ChatInputCommandInteraction,
  ephemeral: boolean,
  receivedAt: number,
  work: () => Reply | Promise<Reply>,
): Promise<Reply> {
  const defer = () => interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const remaining = DEFER_AFTER_MS - (Date.now() - receivedAt);
  if (remaining <= 0) await defer();
  const pending = Promise.resolve().then(work);
  if (interaction.deferred) return pending;
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(resolve, remaining, 'late');
  });
  const first = await Promise.race([
    pending.then(
      () => 'ready' as const,
      () => 'ready' as const,
    ),
    late,
  ]);
  clearTimeout(timer);
  if (first === 'late') await defer();
  return pending;
}

function describeInteraction(interaction: Interaction): Record<string, unknown> {
  return {
    interaction: interaction.id,
    type: interaction.type,
    command: interaction.isCommand() || interaction.isAutocomplete() ? interaction.commandName : undefined,
    customId: interaction.isMessageComponent() ? interaction.customId : undefined,
    user: interaction.user.id,
    guild: interaction.guildId,
    channel: interaction.channelId,
  };
}

/** Answers a failure: a UserError's own message, or the generic line with the details logged. */
async function answerError(interaction: Interaction, error: unknown, ctx: CommandContext): Promise<void> {
  const expected = error instanceof UserError;
  if (expected)
    ctx.logger.debug('User mistake', { ...describeInteraction(interaction), message: error.message });
  else ctx.logger.error('Interaction failed', { ...describeInteraction(interaction), error });
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
    } else if (interaction.isChatInputCommand() || interaction.isButton()) {
      await sendReply(interaction, {
        content: expected ? error.message : GENERIC_ERROR_TEXT,
        ephemeral: true,
      });
    }
  } catch (replyError) {
    // The interaction may have expired or been answered already; nothing more can reach the user.
    ctx.logger.error('Could not tell the user about a failure', {
      ...describeInteraction(interaction),
      replyError,
    });
  }
}
