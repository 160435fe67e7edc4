import { Client, GatewayIntentBits, Options } from 'discord.js';
import { NO_MENTIONS } from './fitReply.js';

export interface ClientSettings {
  /** REST base URL (discord.js appends `/v10`); default Discord's own. */
  readonly apiUrl?: string | undefined;
  /** How often REST retries a failed request (discord.js default 3); tests use 0 to fail fast. */
  readonly restRetries?: number | undefined;
}

/**
 * The discord.js client with only what Verbatim needs: the Guilds intent (slash commands need none, but
 * channels must be known to reply in them) and GuildMessages for mention questions; no privileged intent,
 * since messages that mention the bot carry their content without Message Content. Mentions are off by
 * default for every message the client sends.
 */
export function createClient(settings: ClientSettings = {}): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages],
    allowedMentions: { ...NO_MENTIONS, parse: [] },
    rest: {
      ...(settings.apiUrl === undefined ? {} : { api: settings.apiUrl }),
      ...(settings.restRetries === undefined ? {} : { retries: settings.restRetries }),
    },
    // Every message in every channel arrives through GuildMessages; the bot never looks back at them.
    makeCache: Options.cacheWithLimits({ ...Options.DefaultMakeCacheSettings, MessageManager: 0 }),
  });
}
