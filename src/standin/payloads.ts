import { randomBytes } from 'node:crypto';
import { snowflake } from './snowflake.js';
import type { SentMessage } from './types.js';

/** The fixed, synthetic ids of the stand-in's one bot, application, guild and channel. */
export const STAND_IN_IDS = {
  botId: '110000000000000001',
  applicationId: '110000000000000001',
  guildId: '220000000000000002',
  channelId: '330000000000000003',
} as const;

/** Permissions of an ordinary member: View Channel, Send Messages, Use Application Commands and the like, no Manage Server. */
export const MEMBER_PERMISSIONS = 2248473465835073n;
/** Manage Server (`MANAGE_GUILD`), which `/reload` requires through `default_member_permissions`. */
export const MANAGE_GUILD = 1n << 5n;

/** A person in the stand-in's guild. */
export interface StandInUser {
  readonly id: string;
  readonly username: string;
  readonly permissions: bigint;
}

/** The bot's user object, as READY and message authors carry it. */
export function botUser() {
  return {
    id: STAND_IN_IDS.botId,
    username: 'Verbatim',
    discriminator: '0',
    global_name: null,
    avatar: null,
    bot: true,
  };
}

/** A user object for a person. */
export function userObject(user: StandInUser) {
  return { id: user.id, username: user.username, discriminator: '0', global_name: null, avatar: null };
}

/** A guild member object; `user` is the bot's when `user` is undefined. */
export function memberObject(user: StandInUser | undefined) {
  return {
    user: user ? userObject(user) : botUser(),
    roles: [],
    joined_at: '2024-01-01T00:00:00.000Z',
    deaf: false,
    mute: false,
    flags: 0,
    pending: false,
    nick: null,
    avatar: null,
    premium_since: null,
    permissions: String(user ? user.permissions : MEMBER_PERMISSIONS),
  };
}

/** A message object in the stand-in's channel, as the REST API returns it and dispatches carry it. */
export function messageObject(id: string, body: SentMessage, author: object) {
  return {
    id,
    channel_id: STAND_IN_IDS.channelId,
    type: body.message_reference ? 19 : 0,
    author,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: (body.components ?? []).map((row) => ({
      type: 1,
      components: row.components.map((c) => ({ type: 2, style: 2, ...c })),
    })),
    attachments: [],
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: [],
    mention_roles: [],
    pinned: false,
    flags: body.flags ?? 0,
  };
}

/** The GUILD_CREATE payload of the stand-in's one guild with its one text channel. */
export function guildObject() {
  const { guildId, channelId } = STAND_IN_IDS;
  return {
    id: guildId,
    name: 'Verbatim Playground',
    icon: null,
    owner_id: '990000000000000009',
    afk_channel_id: null,
    afk_timeout: 300,
    verification_level: 0,
    default_message_notifications: 0,
    explicit_content_filter: 0,
    mfa_level: 0,
    system_channel_id: null,
    system_channel_flags: 0,
    rules_channel_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    premium_tier: 0,
    preferred_locale: 'en-US',
    public_updates_channel_id: null,
    nsfw_level: 0,
    premium_progress_bar_enabled: false,
    features: [],
    emojis: [],
    stickers: [],
    roles: [
      {
        id: guildId,
        name: '@everyone',
        color: 0,
        hoist: false,
        position: 0,
        permissions: String(MEMBER_PERMISSIONS),
        managed: false,
        mentionable: false,
        flags: 0,
      },
    ],
    joined_at: '2024-01-01T00:00:00.000Z',
    large: false,
    unavailable: false,
    member_count: 2,
    voice_states: [],
    members: [memberObject(undefined)],
    channels: [
      {
        id: channelId,
        type: 0,
        name: 'general',
        position: 0,
        permission_overwrites: [],
        nsfw: false,
        parent_id: null,
      },
    ],
    threads: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
  };
}

/** The common part of an INTERACTION_CREATE payload of `type` from `user` in the stand-in's channel. */
export function interactionPayload(type: number, user: StandInUser) {
  const id = snowflake();
  const { applicationId, guildId, channelId } = STAND_IN_IDS;
  return {
    id,
    token: `itok.${id}.${randomBytes(24).toString('base64url')}`,
    type,
    application_id: applicationId,
    guild_id: guildId,
    channel_id: channelId,
    channel: { id: channelId, type: 0, guild_id: guildId, name: 'general' },
    member: memberObject(user),
    app_permissions: String(MEMBER_PERMISSIONS),
    locale: 'en-US',
    guild_locale: 'en-US',
    version: 1,
    entitlements: [],
    authorizing_integration_owners: { '0': guildId },
    context: 0,
  };
}
