import type { APIApplicationCommandOptionChoice, APIEmbed } from 'discord.js';
import {
  MAX_ACTION_ROWS,
  MAX_AUTHOR_NAME_LENGTH,
  MAX_AUTOCOMPLETE_CHOICES,
  MAX_BUTTON_LABEL_LENGTH,
  MAX_BUTTONS_PER_ROW,
  MAX_CHOICE_NAME_LENGTH,
  MAX_CHOICE_VALUE_LENGTH,
  MAX_CONTENT_LENGTH,
  MAX_CUSTOM_ID_LENGTH,
  MAX_EMBED_DESCRIPTION_LENGTH,
  MAX_EMBED_FIELDS,
  MAX_EMBED_TITLE_LENGTH,
  MAX_EMBED_URL_LENGTH,
  MAX_EMBEDS,
  MAX_EMBEDS_TOTAL_LENGTH,
  MAX_FIELD_NAME_LENGTH,
  MAX_FIELD_VALUE_LENGTH,
  MAX_FOOTER_TEXT_LENGTH,
} from './limits.js';
import { truncate } from './markdown.js';
import type { ButtonRow, Reply } from './Reply.js';

/** Pings no one: not users, roles, @everyone, nor the author of a message being replied to. */
export const NO_MENTIONS = Object.freeze({ parse: [] as [], repliedUser: false as const });

/** A reply within every Discord limit, ready for discord.js. */
export interface FittedReply {
  readonly content: string;
  readonly embeds: APIEmbed[];
  readonly components: ButtonRow[];
  readonly allowedMentions: typeof NO_MENTIONS;
  readonly ephemeral: boolean;
}

/** Shown when a reply would otherwise be empty, which Discord refuses. */
const EMPTY_REPLY = '(nothing to show)';

/**
 * Applies Discord's limits to a reply: text is shortened (ending in "…"), extra embeds, fields, rows and
 * buttons are dropped, invalid embed URLs are removed, and mentions are switched off. Every reply the bot
 * sends goes through here. Throws only for a programming error that shortening cannot fix: a `custom_id`
 * that is empty, longer than 100 characters or repeated within the message.
 */
export function fitReply(reply: Reply): FittedReply {
  const embeds = fitEmbeds(reply.embeds ?? []);
  let content = truncate(reply.content ?? '', MAX_CONTENT_LENGTH);
  if (content.trim() === '' && embeds.length === 0) content = EMPTY_REPLY;
  return {
    content,
    embeds,
    components: fitComponents(reply.components ?? []),
    allowedMentions: NO_MENTIONS,
    ephemeral: reply.ephemeral === true,
  };
}

/** Characters Discord counts toward the 6,000 total of one embed. */
export function embedLength(embed: APIEmbed): number {
  let total = (embed.title?.length ?? 0) + (embed.description?.length ?? 0);
  total += (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0);
  for (const field of embed.fields ?? []) total += field.name.length + field.value.length;
  return total;
}

function isHttpUrl(url: string): boolean {
  if (url.length > MAX_EMBED_URL_LENGTH) return false;
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:';
  } catch {
    return false;
  }
}

function fitEmbed(embed: APIEmbed): APIEmbed {
  const out: APIEmbed = { ...embed };
  if (out.title !== undefined) out.title = truncate(out.title, MAX_EMBED_TITLE_LENGTH);
  if (out.description !== undefined)
    out.description = truncate(out.description, MAX_EMBED_DESCRIPTION_LENGTH);
  if (out.url !== undefined && !isHttpUrl(out.url)) delete out.url;
  if (out.footer) out.footer = { ...out.footer, text: truncate(out.footer.text, MAX_FOOTER_TEXT_LENGTH) };
  if (out.author) out.author = { ...out.author, name: truncate(out.author.name, MAX_AUTHOR_NAME_LENGTH) };
  if (out.fields) {
    out.fields = out.fields.slice(0, MAX_EMBED_FIELDS).map((field) => ({
      ...field,
      // Discord refuses empty field names and values.
      name: truncate(field.name, MAX_FIELD_NAME_LENGTH) || '\u200b',
      value: truncate(field.value, MAX_FIELD_VALUE_LENGTH) || '\u200b',
    }));
  }
  return out;
}

function fitEmbeds(embeds: readonly APIEmbed[]): APIEmbed[] {
  const out: APIEmbed[] = [];
  let budget = MAX_EMBEDS_TOTAL_LENGTH;
  for (const original of embeds.slice(0, MAX_EMBEDS)) {
    let embed = fitEmbed(original);
    let overflow = embedLength(embed) - budget;
    if (overflow > 0 && embed.description !== undefined && embed.description.length > overflow + 1) {
      embed = { ...embed, description: truncate(embed.description, embed.description.length - overflow) };
      overflow = embedLength(embed) - budget;
    }
    if (overflow > 0) break;
    budget -= embedLength(embed);
    out.push(embed);
  }
  return out;
}

function fitComponents(rows: readonly ButtonRow[]): ButtonRow[] {
  const seen = new Set<string>();
  return rows.slice(0, MAX_ACTION_ROWS).map((row) => ({
    ...row,
    components: row.components.slice(0, MAX_BUTTONS_PER_ROW).map((button) => {
      const id = button.custom_id;
      if (id.length === 0 || id.length > MAX_CUSTOM_ID_LENGTH || seen.has(id)) {
        throw new Error(
          `Invalid button custom_id ${JSON.stringify(id)}: must be 1-100 characters and unique`,
        );
      }
      seen.add(id);
      return button.label === undefined
        ? button
        : { ...button, label: truncate(button.label, MAX_BUTTON_LABEL_LENGTH) || '…' };
    }),
  }));
}

/**
 * Applies the autocomplete limits: at most 25 choices, names shortened to 100 characters, and choices
 * whose value is longer than 100 characters dropped (a shortened value would name nothing).
 */
export function fitChoices(
  choices: readonly APIApplicationCommandOptionChoice<string>[],
): APIApplicationCommandOptionChoice<string>[] {
  return choices
    .filter((choice) => choice.value.length >= 1 && choice.value.length <= MAX_CHOICE_VALUE_LENGTH)
    .slice(0, MAX_AUTOCOMPLETE_CHOICES)
    .map((choice) => ({
      name: truncate(choice.name, MAX_CHOICE_NAME_LENGTH) || choice.value,
      value: choice.value,
    }));
}
