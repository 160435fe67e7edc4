import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { Channel } from './Channel.js';
import { Gateway } from './Gateway.js';
import {
  botUser,
  interactionPayload,
  memberObject,
  messageObject,
  STAND_IN_IDS,
  userObject,
} from './payloads.js';
import { Roster } from './Roster.js';
import { answerRest } from './answerRest.js';
import type { RestContext } from './restRoutes.js';
import { snowflake } from './snowflake.js';
import type {
  FinalReply,
  InteractionRecord,
  OptionInput,
  RecordedRequest,
  SentMessage,
  StandInEvent,
} from './types.js';
import { createBodyValidator } from './validateBody.js';
import type { BodyValidator } from './validateBody.js';

export { snowflake } from './snowflake.js';
export type * from './types.js';

let sharedValidator: BodyValidator | undefined;

/** Options of `DiscordStandIn.start`. */
export interface StandInOptions {
  /** Refuse request bodies that Discord's OpenAPI spec refuses, with Discord's 400 (default true). */
  readonly validate?: boolean;
  /** Port on 127.0.0.1 (default 0: any free port). */
  readonly port?: number;
}

/** Thrown by `sendCommand` when the user may not use the command (`default_member_permissions`). */
export class CommandNotPermittedError extends Error {
  override readonly name = 'CommandNotPermittedError';
}

/**
 * A loopback stand-in for Discord, for the end-to-end tests and the playground: an HTTP server on 127.0.0.1
 * answering the REST routes the bot uses with Discord's shapes and error codes, checking every request body
 * against Discord's OpenAPI spec, and a WebSocket gateway speaking Discord's JSON protocol. It keeps one
 * guild with one text channel, records every request and, per interaction, when it was dispatched, when its
 * first response (callback) arrived and when its final message arrived.
 */
export class DiscordStandIn {
  readonly botId = STAND_IN_IDS.botId;
  readonly applicationId = STAND_IN_IDS.applicationId;
  readonly guildId = STAND_IN_IDS.guildId;
  readonly channelId = STAND_IN_IDS.channelId;
  /** Requests with `Authorization: Bot <invalidToken>` get 401, as Discord answers a bad token. */
  invalidToken: string | undefined;

  readonly requests: RecordedRequest[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  readonly channel = new Channel((message) => this.emit({ kind: 'message', message }));
  readonly gateway = new Gateway(
    () => this.gatewayUrl,
    (t, d, at) => this.emit({ kind: 'dispatch', t, d, at }),
  );
  /** IDENTIFY and RESUME payloads received, in order. */
  readonly identifies = this.gateway.identifies;
  readonly resumes = this.gateway.resumes;

  /** The guild's members and the registered commands. */
  readonly roster = new Roster((commands) => this.emit({ kind: 'commands', commands }));
  private readonly byToken = new Map<string, InteractionRecord>();
  private readonly resolvers = new Map<string, (final: FinalReply) => void>();
  private readonly listeners = new Set<(event: StandInEvent) => void>();
  private readonly requestWaiters: {
    test: (r: RecordedRequest) => boolean;
    resolve: (r: RecordedRequest) => void;
  }[] = [];

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    readonly port: number,
    private readonly validator: BodyValidator | undefined,
  ) {}

  /** Starts the REST server and the gateway on 127.0.0.1 (only), by default on a free port. */
  static async start(options: StandInOptions = {}): Promise<DiscordStandIn> {
    // Compiling the spec's schemas takes seconds on a busy machine: once per process is enough.
    const validator = options.validate === false ? undefined : (sharedValidator ??= createBodyValidator());
    const server = createServer();
    let port = 0;
    // Only the bot calls the stand-in: a browser page (any Origin) or a rebound host name is refused.
    const local = (req: IncomingMessage): boolean =>
      req.headers.origin === undefined &&
      [`127.0.0.1:${port}`, `localhost:${port}`].includes(req.headers.host ?? '');
    const wss = new WebSocketServer({
      server,
      path: '/gateway',
      verifyClient: ({ req }: { req: IncomingMessage }) => local(req),
    });
    await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    const standIn = new DiscordStandIn(server, wss, port, validator);
    server.on('request', (req, res) => {
      if (!local(req)) res.writeHead(403).end();
      else void standIn.onRequest(req, res);
    });
    wss.on('connection', (socket) => standIn.gateway.accept(socket));
    return standIn;
  }

  /** REST base URL for `DISCORD_API_URL` (discord.js appends `/v10`). */
  get apiUrl(): string {
    return `http://127.0.0.1:${this.port}/api`;
  }

  get gatewayUrl(): string {
    return `ws://127.0.0.1:${this.port}/gateway`;
  }

  /** Closes the gateway and the HTTP server, dropping keep-alive sockets. Destroy the client first. */
  async close(): Promise<void> {
    for (const client of this.wss.clients) client.terminate();
    await new Promise<void>((resolve) => this.wss.close(() => resolve()));
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  /** Calls `listener` with every request answered, dispatch sent and message posted or edited; returns an unsubscribe. */
  subscribe(listener: (event: StandInEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(event: StandInEvent): void {
    for (const listener of this.listeners) listener(event);
  }

  /** Resolves once a client has identified (or resumed) and been sent READY (or RESUMED). */
  waitForSession(): Promise<void> {
    return this.gateway.waitForSession();
  }

  /** Cuts the gateway connection abruptly (no close frame), as a network failure would. */
  dropConnection(): void {
    this.gateway.dropConnection();
  }

  /** Sends a gateway dispatch (op 0); returns the time it was sent. */
  dispatch(t: string, d: object): number {
    return this.gateway.dispatch(t, d);
  }

  // ---- interactions and messages ----

  private track(
    base: { id: string; token: string; type: number },
    userId: string,
    extra: Partial<Pick<InteractionRecord, 'commandName' | 'messageId'>>,
    dispatch: () => number,
  ): InteractionRecord {
    let resolveFinal!: (final: FinalReply) => void;
    const finalReply = new Promise<FinalReply>((resolve) => (resolveFinal = resolve));
    const record: InteractionRecord = {
      id: base.id,
      token: base.token,
      type: base.type,
      userId,
      dispatchedAt: 0,
      finalReply,
      ...extra,
    };
    this.resolvers.set(record.id, resolveFinal);
    this.interactions.set(record.id, record);
    this.byToken.set(record.token, record);
    (record as { dispatchedAt: number }).dispatchedAt = dispatch();
    return record;
  }

  /** Dispatches a slash command (type 2) from `userId`; refuses one the user may not use. */
  sendCommand(name: string, options: readonly OptionInput[] = [], userId = snowflake()): InteractionRecord {
    return this.sendApplicationCommand(2, name, options, userId);
  }

  /** Dispatches an autocomplete request (type 4); one option should be `focused`. */
  sendAutocomplete(name: string, options: readonly OptionInput[], userId = snowflake()): InteractionRecord {
    return this.sendApplicationCommand(4, name, options, userId);
  }

  private sendApplicationCommand(
    type: number,
    name: string,
    options: readonly OptionInput[],
    userId: string,
  ): InteractionRecord {
    const registered = this.roster.registeredCommands().find((command) => command.name === name);
    if (registered && !this.roster.mayUse(registered, userId))
      throw new CommandNotPermittedError(`${this.roster.userById(userId).username} may not use /${name}`);
    const base = interactionPayload(type, this.roster.userById(userId));
    const data = {
      id: registered?.id ?? `5${'0'.repeat(16)}${name.length}`,
      name,
      type: 1,
      options,
      guild_id: this.guildId,
    };
    return this.track(base, userId, { commandName: name }, () =>
      this.dispatch('INTERACTION_CREATE', { ...base, data }),
    );
  }

  /**
   * Dispatches a button click (type 3) on a message of the channel, given by id, or on a bot message with
   * the given body (posted to the channel first).
   */
  sendButton(customId: string, message: SentMessage | string, userId = snowflake()): InteractionRecord {
    const onto =
      typeof message === 'string' ? this.channel.get(message) : this.channel.post(this.botId, message);
    if (!onto) throw new Error(`No message ${JSON.stringify(message)} in the channel`);
    const base = interactionPayload(3, this.roster.userById(userId));
    const payload = {
      ...base,
      data: { custom_id: customId, component_type: 2 },
      message: messageObject(onto.id, onto.body, botUser()),
    };
    return this.track(base, userId, { messageId: onto.id }, () =>
      this.dispatch('INTERACTION_CREATE', payload),
    );
  }

  /** Posts a message by `authorId` in the channel and dispatches MESSAGE_CREATE for it; returns its id. */
  sendMessage(content: string, authorId = snowflake(), options: { bot?: boolean } = {}): string {
    const mentionsBot = content.includes(`<@${this.botId}>`) || content.includes(`<@!${this.botId}>`);
    const { id } = this.channel.post(authorId, { content });
    const author = { ...userObject(this.roster.userById(authorId)), ...(options.bot ? { bot: true } : {}) };
    this.dispatch('MESSAGE_CREATE', {
      ...messageObject(id, { content }, author),
      guild_id: this.guildId,
      member: { ...memberObject(this.roster.userById(authorId)), user: undefined },
      mentions: mentionsBot
        ? [{ ...botUser(), member: { ...memberObject(undefined), user: undefined } }]
        : [],
    });
    return id;
  }

  /** Resolves with the first recorded request (past or future) that passes `test`. */
  waitForRequest(test: (request: RecordedRequest) => boolean): Promise<RecordedRequest> {
    const found = this.requests.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.requestWaiters.push({ test, resolve }));
  }

  // ---- REST ----

  private readonly context: RestContext = {
    gatewayUrl: '',
    channel: this.channel,
    interaction: (id) => this.interactions.get(id),
    interactionByToken: (token) => this.byToken.get(token),
    finish: (record, body, at, via) => {
      if (record.final) return;
      record.final = { body, at, via };
      this.resolvers.get(record.id)?.(record.final);
    },
    register: (scope, list) => this.roster.register(scope, list),
    registered: (scope) => this.roster.registered(scope),
  };

  private onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    return answerRest(req, res, {
      context: { ...this.context, gatewayUrl: this.gatewayUrl },
      validator: this.validator,
      invalidToken: this.invalidToken,
      recorded: (request) => {
        this.requests.push(request);
        for (const waiter of [...this.requestWaiters]) {
          if (waiter.test(request)) {
            this.requestWaiters.splice(this.requestWaiters.indexOf(waiter), 1);
            waiter.resolve(request);
          }
        }
      },
      answered: (event) => this.emit(event),
    });
  }
}
