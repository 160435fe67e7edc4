import type { APIActionRowComponent, APIButtonComponentWithCustomId, APIEmbed } from 'discord.js';

/** A row of buttons that carry their state in `custom_id`. */
export type ButtonRow = APIActionRowComponent<APIButtonComponentWithCustomId>;

/**
 * What a command wants to say, before Discord's limits are applied (see `fitReply`). Renderers build
 * these; only `safeReply` turns them into Discord calls.
 */
export interface Reply {
  readonly content?: string | undefined;
  readonly embeds?: readonly APIEmbed[];
  readonly components?: readonly ButtonRow[];
  /** Shown only to the person who asked (interactions only; a message reply is always public). */
  readonly ephemeral?: boolean;
}
