import { MessageFlags } from 'discord.js';
import type { ButtonInteraction, ChatInputCommandInteraction, Message } from 'discord.js';
import { fitReply } from './fitReply.js';
import type { Reply } from './Reply.js';

/** Interactions that can be answered with a message. */
export type RepliableInteraction = ChatInputCommandInteraction | ButtonInteraction;

/**
 * Answers an interaction with `reply`, whatever state it is in: the first response, the edit of a
 * deferred response, or a follow-up after that. An ephemeral reply to a public deferral deletes the
 * "thinking…" message and follows up ephemerally, because a deferred response's visibility is fixed.
 */
export async function sendReply(interaction: RepliableInteraction, reply: Reply): Promise<void> {
  const { ephemeral, ...body } = fitReply(reply);
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  if (!interaction.deferred && !interaction.replied) {
    await interaction.reply({ ...body, flags });
  } else if (interaction.deferred && !interaction.replied && (ephemeral === false || interaction.ephemeral)) {
    await interaction.editReply(body);
  } else {
    if (interaction.deferred && !interaction.replied) await interaction.deleteReply();
    await interaction.followUp({ ...body, flags });
  }
}

/** Replaces the message a button belongs to with `reply` (ephemeral has no meaning for an update). */
export async function updateMessage(interaction: ButtonInteraction, reply: Reply): Promise<void> {
  const { ephemeral: _ephemeral, ...body } = fitReply(reply);
  await interaction.update(body);
}

/** Replies to a channel message (a mention question), without pinging its author or anyone else. */
export async function replyToMessage(message: Message, reply: Reply): Promise<void> {
  const { ephemeral: _ephemeral, ...body } = fitReply(reply);
  await message.reply({ ...body, failIfNotExists: false });
}
