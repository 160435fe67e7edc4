import { setTimeout as delay } from 'node:timers/promises';
import { Events } from 'discord.js';
import type { Client } from 'discord.js';
import type { Engine } from '../engine/Engine.js';
import { LiveEngine } from '../engine/LiveEngine.js';
import type { Command, CommandContext } from './Command.js';
import { createCooldown } from './Cooldown.js';
import { createClient } from './createClient.js';
import { createInteractionRouter } from './routeInteraction.js';
import { createMentionHandler } from './handleMention.js';
import type { Logger } from '../log/Logger.js';
import type { AddContext } from '../web/addArticle.js';
import { DEFAULT_SOURCES_PAGE_SIZE } from './renderSources.js';

export interface BotOptions {
  readonly token: string;
  /** A fixed engine, or a live one whose current engine each request reads (hot reload, /reload, /status). */
  readonly engine: Engine | LiveEngine;
  readonly logger: Logger;
  /** REST base URL (`DISCORD_API_URL`); default Discord's. */
  readonly apiUrl?: string | undefined;
  /** Seconds between one user's questions (`ASK_COOLDOWN_SECONDS`); 0 turns it off. */
  readonly cooldownSeconds: number;
  /** Articles per `/sources` page (default 10). */
  readonly sourcesPageSize?: number;
  /** REST retries of a failed request (default discord.js's 3). */
  readonly restRetries?: number;
  /** Where `/add` writes articles (CORPUS_DIR) and how it fetches; without it /add says it cannot. */
  readonly web?: AddContext | undefined;
  /** Commands to serve: the shared list in commands/index.ts, passed in by the entry point (src/bot.ts). */
  readonly commands: readonly Command[];
}

export interface RunningBot {
  readonly client: Client<true>;
  /**
   * Stops taking new interactions and mentions, lets the ones under way finish (for at most `graceMs`,
   * default 2,000 ms), then destroys the client. Safe to call more than once.
   */
  stop(graceMs?: number): Promise<void>;
}

/** Logs in, waits for the gateway's READY and starts answering. Rejects if Discord refuses to log in. */
export async function startBot(options: BotOptions): Promise<RunningBot> {
  const { logger } = options;
  const client = createClient({ apiUrl: options.apiUrl, restRetries: options.restRetries });
  const source = options.engine;
  const live = source instanceof LiveEngine ? source : undefined;
  const ctx: CommandContext = {
    // A getter, so every command reads the engine answering at that moment, never one captured at start-up.
    get engine(): Engine {
      return live ? live.current : (source as Engine);
    },
    live,
    startedAt: Date.now(),
    logger,
    cooldown: createCooldown(options.cooldownSeconds),
    sourcesPageSize: options.sourcesPageSize ?? DEFAULT_SOURCES_PAGE_SIZE,
    web: options.web,
  };
  const handleInteraction = createInteractionRouter(options.commands, ctx);
  const handleMention = createMentionHandler(ctx);

  let accepting = true;
  const underWay = new Set<Promise<void>>();
  const track = (work: Promise<void>): void => {
    underWay.add(work);
    void work.finally(() => underWay.delete(work));
  };
  client.on(Events.InteractionCreate, (interaction) => {
    if (accepting) track(handleInteraction(interaction, Date.now()));
  });
  client.on(Events.MessageCreate, (message) => {
    if (accepting) track(handleMention(message));
  });
  client.on(Events.Error, (error) => logger.error('Discord client error', { error }));
  client.on(Events.Warn, (message) => logger.warn(message));
  client.on(Events.Debug, (message) => logger.debug(message));
  client.on(Events.ShardDisconnect, (event, shard) =>
    logger.warn('Gateway disconnected', { shard, code: event.code }),
  );
  // client.destroy() closes the gateway with code 1000, which discord.js also reports as "reconnecting":
  // not news while stopping.
  client.on(Events.ShardReconnecting, (shard) => {
    if (!stopping) logger.info('Reconnecting to the gateway', { shard });
  });
  client.on(Events.ShardResume, (shard, replayed) =>
    logger.info('Gateway session resumed', { shard, replayed }),
  );

  let stopping: Promise<void> | undefined;
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(options.token);
  } catch (error) {
    await client.destroy();
    throw error;
  }
  const readyClient = await ready;
  logger.info('Verbatim is online', {
    user: readyClient.user.tag,
    guilds: readyClient.guilds.cache.size,
    articles: ctx.engine.articles.length,
  });

  return {
    client: readyClient,
    stop(graceMs = 2000) {
      stopping ??= (async () => {
        accepting = false;
        await Promise.race([Promise.allSettled([...underWay]), delay(graceMs)]);
        await client.destroy();
        logger.info('Disconnected from Discord');
      })();
      return stopping;
    },
  };
}
