// Entry point of `npm start`: settings from the environment (and `.env` when present), the engine over
// CORPUS_DIR, then the Discord client. SIGINT/SIGTERM stop it cleanly within 5 s.
import { commands } from '../commands/index.js';
import { loadConfig, requireSetting } from './config/loadConfig.js';
import { ConfigError } from './config/ConfigError.js';
import { createLogger } from './log/Logger.js';
import { loadDotEnv } from './config/loadDotEnv.js';
import type { RunningBot } from './discord/startBot.js';
import { startBot } from './discord/startBot.js';
import { LiveEngine } from './engine/LiveEngine.js';
import type { RebuildOutcome } from './engine/LiveEngine.js';
import type { Logger } from './log/Logger.js';
import { FeedPoller, type PollSummary } from './web/FeedPoller.js';
import type { AddContext } from './web/addArticle.js';

/** Hard limit for a clean shutdown; after it the process exits anyway, still with code 0. */
const SHUTDOWN_DEADLINE_MS = 4500;

let bot: RunningBot | undefined;
let live: LiveEngine | undefined;
/** Set once the settings are read; before that a signal's line goes to stderr as is. */
let log: Logger | undefined;
let poller: FeedPoller | undefined;
let shuttingDown = false;

function shutdown(signal: NodeJS.Signals): void {
  if (shuttingDown) return;
  shuttingDown = true;
  if (log) log.info(`${signal} received: stopping`);
  else console.error(`${signal} received: stopping.`);
  setTimeout(() => process.exit(0), SHUTDOWN_DEADLINE_MS).unref();
  // Before start-up finished there is nothing to close. Closing the live engine stops its watcher and retries
  // and drops a queued rebuild; the deadline above still bounds a rebuild under way.
  void Promise.allSettled([bot?.stop(2000), live?.close(), poller?.close()]).finally(() => process.exit(0));
}
process.once('SIGINT', shutdown);
process.once('SIGTERM', shutdown);

/** A URL without user name, password and query, which may hold secrets. */
function withoutCredentials(url: string): string {
  const { protocol, host, pathname } = new URL(url);
  return `${protocol}//${host}${pathname}`;
}

/** One log line per rebuild: what changed, or why it failed (the last good index keeps answering). */
function logRebuild(logger: Logger, outcome: RebuildOutcome): void {
  if (outcome.kind === 'failed') {
    // A folder that stays missing fails every retry (every 5 s) with the same reason: log it once.
    if (outcome.repeated) return;
    logger.warn('Corpus reload failed; still answering from the last good index', {
      cause: outcome.cause,
      reason: outcome.reason,
      // With its stack: users see only CorpusDirError messages (renderLive.ts), the rest is for this log.
      error: outcome.error,
    });
    return;
  }
  const { diff } = outcome;
  logger.info('Corpus reloaded', {
    cause: outcome.cause,
    articles: outcome.articles,
    passages: outcome.passages,
    buildMs: Math.round(outcome.buildMs),
    added: diff.added.length,
    updated: diff.updated.length,
    removed: diff.removed.length,
    skipped: diff.skipped.length,
  });
}

/** One log line per feed poll: what it added, and each feed that failed (it backs off). */
function logPoll(logger: Logger, summary: PollSummary): void {
  const context = {
    polled: summary.polled,
    backingOff: summary.backingOff,
    added: summary.added,
    failedItems: summary.failedItems,
    deferred: summary.deferred,
  };
  if (summary.feedErrors.length > 0)
    logger.warn('Feeds polled', { ...context, feedErrors: summary.feedErrors });
  else logger.info('Feeds polled', context);
}

try {
  const dotEnvWarnings = loadDotEnv();
  const config = loadConfig(process.env);
  const token = requireSetting(config, 'DISCORD_TOKEN');
  const logger = createLogger({ level: config.LOG_LEVEL, secrets: [token] });
  log = logger;
  for (const warning of dotEnvWarnings) logger.warn(warning);
  process.on('unhandledRejection', (reason) => logger.error('Unhandled promise rejection', { reason }));

  // The corpus is watched: changed articles are re-indexed in the background and swapped in (LiveEngine.ts).
  live = await LiveEngine.start(config.CORPUS_DIR, {
    onWarning: (message) => logger.warn(message),
    onRebuild: (outcome) => logRebuild(logger, outcome),
    cacheDir: config.INDEX_CACHE_DIR,
    minConfidence: config.MIN_CONFIDENCE,
  });
  logger.info('Corpus loaded', {
    dir: config.CORPUS_DIR,
    articles: live.current.articles.length,
    watching: live.status.watching,
  });
  // Where /add and the feed poller write articles; the live engine picks them up from the folder.
  const web: AddContext = {
    corpusDir: config.CORPUS_DIR,
    cacheDir: config.INDEX_CACHE_DIR,
    fetch: { allowPrivate: config.ALLOW_PRIVATE_URLS },
  };
  try {
    bot = await startBot({
      web,
      token,
      commands,
      engine: live,
      logger,
      apiUrl: config.DISCORD_API_URL,
      cooldownSeconds: config.ASK_COOLDOWN_SECONDS,
    });
  } catch (error) {
    // With DISCORD_API_URL set the bot talked to that server, not Discord: say so, it is the likelier culprit.
    const check =
      config.DISCORD_API_URL === undefined
        ? 'check DISCORD_TOKEN and the network'
        : `check DISCORD_API_URL (${withoutCredentials(config.DISCORD_API_URL)}), DISCORD_TOKEN and the network`;
    logger.error(`Could not connect to Discord; ${check}`, { error });
    process.exit(1);
  }
  if (config.FEEDS && config.FEEDS.length > 0) {
    poller = new FeedPoller({
      feeds: config.FEEDS,
      intervalMs: config.FEED_INTERVAL_MINUTES * 60_000,
      context: web,
      onPoll: (summary) => logPoll(logger, summary),
      onError: (error) => logger.error('Feed poll failed', { error }),
    });
    poller.start();
    logger.info('Polling feeds', { feeds: config.FEEDS.length, everyMinutes: config.FEED_INTERVAL_MINUTES });
  }
} catch (error) {
  // A ConfigError names the variable, never its value.
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
