import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import type {
  APIApplicationCommandOptionChoice,
  ButtonInteraction,
  ChatInputCommandInteraction,
} from 'discord.js';
import type { Engine } from '../engine/Engine.js';
import type { LiveEngine } from '../engine/LiveEngine.js';
import type { AddContext } from '../web/addArticle.js';
import type { Cooldown } from './Cooldown.js';
import type { Logger } from '../log/Logger.js';
import type { Reply } from './Reply.js';
import { UserError } from './UserError.js';

/** The option kinds our commands use, as Discord numbers them. */
export type OptionKind =
  | ApplicationCommandOptionType.String
  | ApplicationCommandOptionType.Integer
  | ApplicationCommandOptionType.Boolean;

/** One slash-command option, exactly as sent to Discord's command registration. */
export interface OptionData {
  readonly type: OptionKind;
  readonly name: string;
  readonly description: string;
  readonly required?: boolean;
  readonly autocomplete?: boolean;
  readonly min_length?: number;
  readonly max_length?: number;
  readonly min_value?: number;
  readonly max_value?: number;
}

/** A chat-input (slash) command definition, as plain data: the body registered with Discord. */
export interface CommandData {
  readonly name: string;
  readonly description: string;
  readonly options?: readonly OptionData[];
  /**
   * Permission bits (a decimal string) a member needs to see and use the command, e.g. Manage Server for
   * /reload; server admins can still change who may use it under Server Settings → Integrations.
   */
  readonly default_member_permissions?: string;
  /** Where the command can be used (0 guild, 1 bot DM, 2 private channel); default everywhere. */
  readonly contexts?: readonly InteractionContextType[];
}

/**
 * What makes a command for server managers only: usable in servers, and shown only to members with Manage
 * Server (admins can change who may use it under Server Settings → Integrations). Spread into its data.
 */
export const MANAGE_SERVER_ONLY = {
  default_member_permissions: String(PermissionFlagsBits.ManageGuild),
  contexts: [InteractionContextType.Guild],
} as const satisfies Partial<CommandData>;

type ValueOf<O extends OptionData> = O['type'] extends ApplicationCommandOptionType.String
  ? string
  : O['type'] extends ApplicationCommandOptionType.Integer
    ? number
    : boolean;

/** Arguments of a command whose options are not known statically (the shared command list). */
export type AnyArgs = Readonly<Record<string, string | number | boolean | undefined>>;

/**
 * The arguments of a command, typed from its definition: required options are never undefined.
 * For the general `CommandData` (options unknown) it is `AnyArgs`, so every command fits in one list.
 */
export type ArgsOf<D extends CommandData> = undefined extends D['options']
  ? AnyArgs
  : D['options'] extends readonly OptionData[]
    ? {
        readonly [O in D['options'][number] as O['name']]: O['required'] extends true
          ? ValueOf<O>
          : ValueOf<O> | undefined;
      }
    : AnyArgs;

/** What a command may use: passed in, never imported as module state. */
export interface CommandContext {
  /** The engine answering now. It changes when the corpus is reloaded: read it per request, never keep it. */
  readonly engine: Engine;
  /** The live corpus behind `engine` (for /reload and /status); undefined when the bot serves a fixed engine. */
  readonly live?: LiveEngine | undefined;
  /** When the bot started (epoch ms), for /status. */
  readonly startedAt: number;
  readonly logger: Logger;
  /** Per-user limit on questions (/ask and mentions). */
  readonly cooldown: Cooldown;
  /** Articles per `/sources` page. */
  readonly sourcesPageSize: number;
  /** Where `/add` writes articles and how it fetches; undefined when the bot cannot add articles. */
  readonly web?: AddContext | undefined;
}

/** The option being typed in an autocomplete request. */
export interface FocusedOption {
  readonly name: string;
  readonly value: string;
}

/**
 * A slash command: its definition as data and thin handlers that return what to say. The router sends
 * every returned `Reply` through `sendReply` (limits, no mentions) and answers errors.
 */
export interface Command<D extends CommandData = CommandData> {
  readonly data: D;
  /** Answers the command; throw `UserError` for the user's mistakes. */
  execute(
    args: ArgsOf<D>,
    ctx: CommandContext,
    interaction: ChatInputCommandInteraction,
  ): Reply | Promise<Reply>;
  /** Whether the answer will be ephemeral, known before it is computed (a deferral must choose). Default false. */
  isPrivate?(args: ArgsOf<D>): boolean;
  /** Choices for the focused option (the router applies the 25-choice and 100-character limits). */
  autocomplete?(
    focused: FocusedOption,
    ctx: CommandContext,
  ): readonly APIApplicationCommandOptionChoice<string>[];
  /**
   * Handles a click on one of this command's buttons, whose `custom_id` is `<command name>:<state>`;
   * returns the message that replaces the one the button is on.
   */
  button?(state: string, ctx: CommandContext, interaction: ButtonInteraction): Reply | Promise<Reply>;
}

/** The part of discord.js's option resolver that `readArgs` uses. */
export interface OptionReader {
  getString(name: string, required?: boolean): string | null;
  getInteger(name: string, required?: boolean): number | null;
  getBoolean(name: string, required?: boolean): boolean | null;
}

/**
 * Reads an interaction's options as typed by the command's definition, and checks again what Discord's
 * client should already have enforced (length, range), because a request can come from anywhere.
 * Throws `UserError` naming the option when a value breaks its definition.
 */
export function readArgs<D extends CommandData>(data: D, options: OptionReader): ArgsOf<D> {
  const args: Record<string, string | number | boolean | undefined> = {};
  for (const option of data.options ?? []) {
    const required = option.required === true;
    let value: string | number | boolean | null;
    switch (option.type) {
      case ApplicationCommandOptionType.String:
        value = options.getString(option.name, required);
        if (value !== null && option.max_length !== undefined && value.length > option.max_length) {
          throw new UserError(
            `The ${option.name} is too long: ${value.length} characters, at most ${option.max_length}.`,
          );
        }
        if (value !== null && option.min_length !== undefined && value.length < option.min_length) {
          throw new UserError(`The ${option.name} is too short: at least ${option.min_length} characters.`);
        }
        break;
      case ApplicationCommandOptionType.Integer:
        value = options.getInteger(option.name, required);
        if (value !== null && option.min_value !== undefined && value < option.min_value) {
          throw new UserError(`The ${option.name} must be at least ${option.min_value}.`);
        }
        if (value !== null && option.max_value !== undefined && value > option.max_value) {
          throw new UserError(`The ${option.name} must be at most ${option.max_value}.`);
        }
        break;
      case ApplicationCommandOptionType.Boolean:
        value = options.getBoolean(option.name, required);
        break;
    }
    args[option.name] = value ?? undefined;
  }
  // The loop above fills exactly the keys and value types ArgsOf<D> describes.
  return args as ArgsOf<D>;
}
