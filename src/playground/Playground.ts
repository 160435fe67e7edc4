import type { DiscordStandIn } from '../standin/DiscordStandIn.js';
import { MANAGE_GUILD, MEMBER_PERMISSIONS } from '../standin/payloads.js';
import type { StandInUser } from '../standin/payloads.js';
import type { OptionInput, RegisteredCommand, StandInEvent } from '../standin/types.js';
import type { BotState } from './BotProcess.js';
import type { CorpusView } from './CorpusPanel.js';
import { messageView } from './messageView.js';

/** The people one can act as on the page: three members and one with Manage Server (who sees /reload). */
export const PLAYGROUND_USERS: readonly StandInUser[] = [
  { id: '440000000000000001', username: 'ada', permissions: MEMBER_PERMISSIONS },
  { id: '440000000000000002', username: 'ben', permissions: MEMBER_PERMISSIONS },
  { id: '440000000000000003', username: 'chloe', permissions: MEMBER_PERMISSIONS },
  {
    id: '440000000000000004',
    username: 'mod (Manage Server)',
    permissions: MEMBER_PERMISSIONS | MANAGE_GUILD,
  },
];

/** One event for the page (sent as a Server-Sent Event named `type`). */
export interface PageEvent {
  readonly type: 'message' | 'inspector' | 'commands' | 'corpus' | 'bot';
  readonly data: unknown;
}

/** Raised for a request the page should show as refused (unknown user, command not allowed, bot away). */
export class PlaygroundError extends Error {
  override readonly name = 'PlaygroundError';
  constructor(
    message: string,
    readonly status = 400,
  ) {
    super(message);
  }
}

/** Interaction and webhook tokens shortened in the inspector: they authorise replies and fill the line. */
const shortenTokens = (path: string): string =>
  path.replace(/\/(interactions\/\d+|webhooks\/\d+)\/([^/]{12})[^/]+/, '/$1/$2…');

/** How long autocomplete waits for the bot's choices (Discord's client gives up about as soon). */
const AUTOCOMPLETE_WAIT_MS = 3000;

/**
 * The playground between the page and the stand-in: what the page may do (as one of the users) and what
 * it is told (messages, inspector entries, commands, corpus and bot state).
 */
export class Playground {
  private readonly inspector: unknown[] = [];
  private botState: BotState = 'starting';
  private corpus: CorpusView | undefined;
  private readonly listeners = new Set<(event: PageEvent) => void>();

  constructor(private readonly standIn: DiscordStandIn) {
    for (const user of PLAYGROUND_USERS) standIn.roster.addUser(user);
    standIn.subscribe((event) => this.onStandIn(event));
  }

  /** Restarts the bot process (set by the entry point, which owns it). */
  restartBot: () => Promise<void> = () => Promise.resolve();

  /** Calls `listener` with every page event; returns an unsubscribe. */
  subscribe(listener: (event: PageEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(type: PageEvent['type'], data: unknown): void {
    for (const listener of this.listeners) listener({ type, data });
  }

  setBotState(state: BotState): void {
    this.botState = state;
    this.emit('bot', state);
  }

  setCorpus(view: CorpusView): void {
    this.corpus = view;
    this.emit('corpus', view);
  }

  /** Everything the page needs when it (re)connects. */
  snapshot() {
    return {
      users: PLAYGROUND_USERS.map((u) => ({ id: u.id, name: u.username })),
      messages: this.standIn.channel.all().map((m) => messageView(this.standIn, m)),
      inspector: this.inspector,
      bot: this.botState,
      corpus: this.corpus ?? null,
    };
  }

  private onStandIn(event: StandInEvent): void {
    if (event.kind === 'message') return this.emit('message', messageView(this.standIn, event.message));
    if (event.kind === 'commands') return this.emit('commands', null);
    let entry: unknown;
    if (event.kind === 'rest') {
      const { request } = event;
      entry = {
        kind: 'rest',
        at: request.at,
        method: request.method,
        path: shortenTokens(request.path) + (request.query.size > 0 ? `?${request.query.toString()}` : ''),
        status: event.status,
        request: request.body ?? null,
        response: event.response ?? null,
        rejection: event.rejection ?? null,
      };
    } else if (event.t === 'INTERACTION_CREATE' || event.t === 'MESSAGE_CREATE') {
      const { token: _token, ...d } = event.d as { token?: string };
      entry = { kind: 'dispatch', at: event.at, t: event.t, payload: d };
    } else {
      return;
    }
    this.inspector.push(entry);
    if (this.inspector.length > 300) this.inspector.shift();
    this.emit('inspector', entry);
  }

  private user(userId: string): StandInUser {
    const user = PLAYGROUND_USERS.find((u) => u.id === userId);
    if (!user) throw new PlaygroundError('Unknown user');
    return user;
  }

  private connected(): void {
    if (!this.standIn.gateway.connected)
      throw new PlaygroundError('The bot is not connected (restarting?); try again in a moment.', 503);
  }

  /** The registered commands this user sees, as Discord's client lists them. */
  commandsFor(userId: string): readonly RegisteredCommand[] {
    this.user(userId);
    return this.standIn.roster.registeredCommands().filter((c) => this.standIn.roster.mayUse(c, userId));
  }

  private command(userId: string, name: string): RegisteredCommand {
    const command = this.commandsFor(userId).find((c) => c.name === name);
    if (!command) throw new PlaygroundError(`/${name} is not a command you can use here`, 403);
    return command;
  }

  /** Runs a slash command as the user, checking the options as Discord's client does. */
  runCommand(userId: string, name: string, values: Readonly<Record<string, string>>): void {
    const command = this.command(userId, name);
    this.connected();
    const options: OptionInput[] = [];
    for (const option of command.options ?? []) {
      const raw = values[option.name]?.trim() ?? '';
      if (raw === '') {
        if (option.required) throw new PlaygroundError(`/${name} needs ${option.name}`);
        continue;
      }
      // Types: 3 string, 4 integer, 5 boolean, 10 number.
      let value: string | number | boolean = raw;
      if (option.type === 4 || option.type === 10) {
        value = Number(raw);
        if (!Number.isFinite(value) || (option.type === 4 && !Number.isInteger(value)))
          throw new PlaygroundError(`${option.name} must be a ${option.type === 4 ? 'whole ' : ''}number`);
      } else if (option.type === 5) {
        if (!['true', 'false'].includes(raw.toLowerCase()))
          throw new PlaygroundError(`${option.name} must be true or false`);
        value = raw.toLowerCase() === 'true';
      }
      options.push({ name: option.name, type: option.type, value });
    }
    this.standIn.sendCommand(name, options, userId);
  }

  /** Asks the bot for autocomplete choices of the focused option; resolves with none if it does not answer in time. */
  async autocomplete(
    userId: string,
    name: string,
    values: Readonly<Record<string, string>>,
    focused: string,
  ): Promise<readonly { name: string; value: string }[]> {
    const command = this.command(userId, name);
    this.connected();
    const options = (command.options ?? [])
      .filter((o) => o.name === focused || (values[o.name] ?? '') !== '')
      .map((o) => ({
        name: o.name,
        type: o.type,
        value: values[o.name] ?? '',
        ...(o.name === focused ? { focused: true } : {}),
      }));
    const record = this.standIn.sendAutocomplete(name, options, userId);
    const timeout = new Promise<undefined>((resolve) =>
      setTimeout(() => resolve(undefined), AUTOCOMPLETE_WAIT_MS).unref(),
    );
    const final = await Promise.race([record.finalReply, timeout]);
    return final?.body.choices ?? [];
  }

  /** Clicks a button of a message the user can see. */
  clickButton(userId: string, messageId: string, customId: string): void {
    this.user(userId);
    const message = this.standIn.channel.get(messageId);
    const visible = message && (message.ephemeralFor === undefined || message.ephemeralFor === userId);
    const button = message?.body.components?.some((row) =>
      row.components.some((c) => c.custom_id === customId && !c.disabled),
    );
    if (!visible || !button) throw new PlaygroundError('No such button');
    this.connected();
    this.standIn.sendButton(customId, messageId, userId);
  }

  /** Posts a message as the user; `@Verbatim` becomes a mention of the bot. */
  postMessage(userId: string, content: string): void {
    this.user(userId);
    const text = content.trim();
    if (text === '' || text.length > 2000)
      throw new PlaygroundError(
        `A message is 1 to 2,000 characters${text === '' ? '' : ` (this one is ${text.length.toLocaleString('en')})`}`,
      );
    this.connected();
    this.standIn.sendMessage(text.replace(/@Verbatim\b/gi, `<@${this.standIn.botId}>`), userId);
  }
}
