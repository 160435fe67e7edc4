import { parse } from 'discord-markdown-parser';
import type { DiscordStandIn } from '../standin/DiscordStandIn.js';
import type { ChannelMessage } from '../standin/types.js';

/** Markdown parsed by Discord's rules (discord-markdown-parser's syntax tree), for the page to render. */
export type MarkdownTree = ReturnType<typeof parse>;

/** A button as the page shows it. */
export interface ButtonView {
  readonly customId: string;
  readonly label: string;
  readonly style: number;
  readonly disabled: boolean;
}

/** One channel message as the page renders it. */
export interface MessageView {
  readonly id: string;
  readonly author: { readonly id: string; readonly name: string; readonly bot: boolean };
  /** Shown only to this user, marked "Only you can see this". */
  readonly ephemeralFor: string | null;
  /** The slash command this message answers: who used which. */
  readonly interaction: { readonly name: string; readonly user: string } | null;
  /** The message this one replies to: its author and the start of its text. */
  readonly replyTo: { readonly author: string; readonly excerpt: string } | null;
  readonly thinking: boolean;
  readonly content: MarkdownTree;
  readonly embeds: readonly {
    readonly title: string | null;
    readonly url: string | null;
    readonly color: string | null;
    readonly description: MarkdownTree;
    readonly fields: readonly {
      readonly name: string;
      readonly value: MarkdownTree;
      readonly inline: boolean;
    }[];
    readonly footer: string | null;
  }[];
  readonly buttons: readonly (readonly ButtonView[])[];
  readonly at: number;
}

/** Parses Discord Markdown as Discord renders it in messages and embeds (masked links included). */
export const markdown = (text: string | undefined): MarkdownTree => (text ? parse(text, 'extended') : []);

/** Turns a stand-in channel message into what the page renders. */
export function messageView(standIn: DiscordStandIn, message: ChannelMessage): MessageView {
  const nameOf = (id: string): string =>
    id === standIn.botId ? 'Verbatim' : standIn.roster.userById(id).username;
  const replied = message.replyTo ? standIn.channel.get(message.replyTo) : undefined;
  const { body } = message;
  return {
    id: message.id,
    author: { id: message.authorId, name: nameOf(message.authorId), bot: message.authorId === standIn.botId },
    ephemeralFor: message.ephemeralFor ?? null,
    interaction: message.interaction
      ? { name: message.interaction.name, user: nameOf(message.interaction.userId) }
      : null,
    replyTo: replied
      ? {
          author: nameOf(replied.authorId),
          excerpt: (replied.body.content ?? '').replaceAll(`<@${standIn.botId}>`, '@Verbatim').slice(0, 100),
        }
      : null,
    thinking: message.thinking,
    content: markdown(body.content?.replaceAll(`<@${standIn.botId}>`, '@Verbatim')),
    embeds: (body.embeds ?? []).map((embed) => ({
      title: embed.title ?? null,
      url: embed.url ?? null,
      color: embed.color === undefined ? null : `#${embed.color.toString(16).padStart(6, '0')}`,
      description: markdown(embed.description),
      fields: (embed.fields ?? []).map((f) => ({
        name: f.name,
        value: markdown(f.value),
        inline: f.inline ?? false,
      })),
      footer: embed.footer?.text ?? null,
    })),
    buttons: (body.components ?? []).map((row) =>
      row.components.map((c) => ({
        customId: c.custom_id,
        label: c.label ?? '',
        style: c.style ?? 2,
        disabled: c.disabled ?? false,
      })),
    ),
    at: message.at,
  };
}
