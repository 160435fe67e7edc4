import { DiscordAPIError, REST, Routes } from 'discord.js';
import type { Command } from './Command.js';
import { DeployError } from './DeployError.js';

export interface DeployOptions {
  readonly token: string;
  /** The application id (`DISCORD_CLIENT_ID`). */
  readonly clientId: string;
  /** Register in this guild only (instant); without it, globally. */
  readonly guildId?: string | undefined;
  /** REST base URL; default Discord's. */
  readonly apiUrl?: string | undefined;
  readonly commands: readonly Command[];
  /** REST retries (default discord.js's 3). */
  readonly retries?: number;
}

export interface DeployResult {
  readonly scope: 'guild' | 'global';
  readonly names: readonly string[];
}

function explain(error: unknown): string {
  if (error instanceof DiscordAPIError) {
    const hint =
      error.status === 401
        ? 'Discord refused the token: check DISCORD_TOKEN (Bot page of the application).'
        : error.status === 403 || error.code === 50001
          ? 'Missing access: invite the bot to the guild with the applications.commands scope, and check DISCORD_GUILD_ID.'
          : error.status === 404 || error.code === 10002
            ? 'Unknown application or guild: check DISCORD_CLIENT_ID and DISCORD_GUILD_ID.'
            : error.code === 50035
              ? `A command definition is invalid: ${JSON.stringify(error.rawError).slice(0, 1500)}`
              : 'Discord refused the request.';
    return `${hint} (HTTP ${error.status}, code ${error.code}: ${error.message})`;
  }
  const message = error instanceof Error ? error.message : String(error);
  return `Could not reach Discord's API (${message}); check the network and DISCORD_API_URL.`;
}

/**
 * Replaces the application's slash commands with `commands` (one PUT, so removed commands disappear too):
 * in one guild when `guildId` is given, where changes show at once, else globally.
 */
export async function deployCommands(options: DeployOptions): Promise<DeployResult> {
  const rest = new REST({
    ...(options.apiUrl === undefined ? {} : { api: options.apiUrl }),
    ...(options.retries === undefined ? {} : { retries: options.retries }),
  }).setToken(options.token);
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.clientId, options.guildId)
    : Routes.applicationCommands(options.clientId);
  try {
    await rest.put(route, { body: options.commands.map((command) => command.data) });
  } catch (error) {
    throw new DeployError(`Failed to register the commands. ${explain(error)}`, { cause: error });
  }
  return { scope: options.guildId ? 'guild' : 'global', names: options.commands.map((c) => c.data.name) };
}
