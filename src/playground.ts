// Entry point of `npm run playground`: the real bot (the process `npm start` runs) against the Discord
// stand-in on 127.0.0.1, its commands registered as `npm run deploy-commands` does, and a page that behaves
// like a Discord channel. No Discord account, token or network: a DISCORD_* setting in .env is never read.
import { randomBytes } from 'node:crypto';
import { parseArgs } from 'node:util';
import { commands } from '../commands/index.js';
import { loadConfig } from './config/loadConfig.js';
import { ConfigError } from './config/ConfigError.js';
import { loadDotEnv } from './config/loadDotEnv.js';
import { deployCommands } from './discord/deployCommands.js';
import { BotProcess } from './playground/BotProcess.js';
import { botLogLevel, shownLines } from './playground/botLogLevel.js';
import { CorpusPanel } from './playground/CorpusPanel.js';
import { PageServer } from './playground/PageServer.js';
import { Playground } from './playground/Playground.js';
import { DiscordStandIn } from './standin/DiscordStandIn.js';

/** After Ctrl+C everything is closed within this, or the process exits anyway (the bot gets 4.5 s itself). */
const SHUTDOWN_DEADLINE_MS = 4800;

const USAGE = `Usage: npm run playground [-- --port N]

Runs the bot against a stand-in for Discord on 127.0.0.1 and prints the address of a page to try it in.
--port N, PLAYGROUND_PORT   port of the page (default: any free port)
CORPUS_DIR and the other settings work as for npm start; Discord settings are ignored.`;

/** The environment without Discord settings, so a real token in .env or the shell never leaves this process. */
function withoutDiscordSettings(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(
    Object.entries(env).filter(
      (e): e is [string, string] => e[1] !== undefined && !e[0].startsWith('DISCORD_'),
    ),
  );
}

try {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  if (values.help) {
    console.log(USAGE);
    process.exit(0);
  }
  loadDotEnv();
  const env = withoutDiscordSettings(process.env);
  const config = loadConfig(env);
  const port = values.port === undefined ? (config.PLAYGROUND_PORT ?? 0) : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError('--port: must be a port number, 0 to 65535');

  const standIn = await DiscordStandIn.start();
  const playground = new Playground(standIn);
  // A synthetic token: the stand-in accepts any, and it is no secret.
  const botToken = `playground.${randomBytes(18).toString('base64url')}`;
  await deployCommands({
    token: botToken,
    clientId: standIn.applicationId,
    guildId: standIn.guildId,
    apiUrl: standIn.apiUrl,
    commands,
  });

  const panel = new CorpusPanel(config.CORPUS_DIR, (view) => playground.setCorpus(view));
  void panel.refresh();
  const shown = shownLines(config.LOG_LEVEL);
  const bot = new BotProcess({
    env: {
      ...env,
      DISCORD_TOKEN: botToken,
      DISCORD_API_URL: standIn.apiUrl,
      LOG_LEVEL: botLogLevel(config.LOG_LEVEL),
    },
    onLog: (line) => {
      if (shown(line)) process.stderr.write(`[bot] ${line}\n`);
      panel.onBotLog(line);
    },
    onState: (state) => playground.setBotState(state),
  });
  playground.restartBot = () => bot.restart();
  bot.start();

  const pageToken = randomBytes(18).toString('base64url');
  const page = await PageServer.start(playground, pageToken, port);
  console.log(`Verbatim playground: open http://127.0.0.1:${page.port}/?token=${pageToken}`);
  console.log('(listening on 127.0.0.1 only; Ctrl+C stops the bot and the page)');

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    console.error(`${signal} received: stopping the bot and the page.`);
    setTimeout(() => {
      bot.kill();
      process.exit(0);
    }, SHUTDOWN_DEADLINE_MS).unref();
    // The bot first, so it does not try to reconnect to the stand-in going away.
    void bot
      .stop()
      .then(() => Promise.allSettled([page.close(), standIn.close()]))
      .finally(() => process.exit(0));
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
} catch (error) {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
}
