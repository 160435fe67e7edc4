// Entry point of `npm run deploy-commands`: registers the shared command list with Discord.
import { commands } from '../commands/index.js';
import { loadConfig, requireSetting } from './config/loadConfig.js';
import { deployCommands } from './discord/deployCommands.js';
import { loadDotEnv } from './config/loadDotEnv.js';
import { parseCliArgs } from './cli/cliArgs.js';

const USAGE = `Usage: npm run deploy-commands
  registers the slash commands with Discord: in the server DISCORD_GUILD_ID when set (they show at once),
  else globally (up to an hour). Needs DISCORD_TOKEN and DISCORD_CLIENT_ID (see .env.example).
  -h, --help  this help`;

const parsed = parseCliArgs(process.argv.slice(2), {}, USAGE);
if (typeof parsed === 'number') process.exit(parsed);

try {
  for (const warning of loadDotEnv()) console.warn(`warning: ${warning}`);
  const config = loadConfig(process.env);
  const result = await deployCommands({
    token: requireSetting(config, 'DISCORD_TOKEN'),
    clientId: requireSetting(config, 'DISCORD_CLIENT_ID'),
    guildId: config.DISCORD_GUILD_ID,
    apiUrl: config.DISCORD_API_URL,
    commands,
  });
  const where =
    result.scope === 'guild'
      ? `in guild ${config.DISCORD_GUILD_ID} (they show at once)`
      : 'globally (they can take up to an hour to show; set DISCORD_GUILD_ID to test in one guild at once)';
  console.log(`Registered ${result.names.map((name) => `/${name}`).join(', ')} ${where}.`);
  process.exit(0);
} catch (error) {
  // ConfigError and DeployError messages are written for this; they never contain the token.
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
