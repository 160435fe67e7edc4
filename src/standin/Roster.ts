import { MEMBER_PERMISSIONS, STAND_IN_IDS } from './payloads.js';
import type { StandInUser } from './payloads.js';
import { snowflake } from './snowflake.js';
import type { RegisteredCommand } from './types.js';

/** Administrator (`ADMINISTRATOR`, 1 << 3): sees every command whatever it requires. */
const ADMINISTRATOR = 8n;

/** The stand-in guild's members and the commands the bot registered, with who may use which. */
export class Roster {
  private readonly users = new Map<string, StandInUser>();
  private readonly commands = new Map<string, readonly RegisteredCommand[]>();

  /** @param changed called with every command visible anywhere after each registration. */
  constructor(private readonly changed: (commands: readonly RegisteredCommand[]) => void) {}

  /** Adds (or replaces) a member of the guild with the given permissions. */
  addUser(user: StandInUser): void {
    this.users.set(user.id, user);
  }

  /** A member by id; unknown ids are ordinary members named after their last digits. */
  userById(id: string): StandInUser {
    return this.users.get(id) ?? { id, username: `user${id.slice(-4)}`, permissions: MEMBER_PERMISSIONS };
  }

  /** Replaces the commands of a scope (`global` or the guild's id), giving each an id, as a PUT does. */
  register(scope: string, list: readonly Record<string, unknown>[]): readonly RegisteredCommand[] {
    const commands = list.map(
      (c) =>
        ({
          ...c,
          id: snowflake(),
          application_id: STAND_IN_IDS.applicationId,
          version: snowflake(),
        }) as unknown as RegisteredCommand,
    );
    this.commands.set(scope, commands);
    this.changed(this.registeredCommands());
    return commands;
  }

  /** The commands of one scope. */
  registered(scope: string): readonly RegisteredCommand[] {
    return this.commands.get(scope) ?? [];
  }

  /** The commands registered in the guild and globally, as the bot last registered them. */
  registeredCommands(): readonly RegisteredCommand[] {
    return [...this.registered(STAND_IN_IDS.guildId), ...this.registered('global')];
  }

  /** Whether `userId` may see and use a command, as Discord's client decides from `default_member_permissions`. */
  mayUse(command: RegisteredCommand, userId: string): boolean {
    const required = command.default_member_permissions;
    if (required === undefined || required === null) return true;
    const have = this.userById(userId).permissions;
    if ((have & ADMINISTRATOR) !== 0n) return true;
    // "0" hides the command from everyone but administrators.
    return required !== '0' && (have & BigInt(required)) === BigInt(required);
  }
}
