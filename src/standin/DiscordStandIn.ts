import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';

/**
 * A loopback stand-in for Discord, for end-to-end tests: an HTTP server answering the REST routes the bot
 * uses and a WebSocket gateway speaking Discord's JSON protocol (HELLO, IDENTIFY, READY, GUILD_CREATE,
 * heartbeats, RESUME, dispatches). It records every request and, per interaction, when it was dispatched,
 * when its first response (callback) arrived and when its final message arrived.
 */

/** One REST request as it arrived, path decoded and relative to `/api/v10`. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: URLSearchParams;
  readonly body: unknown;
  readonly authorization: string | undefined;
  readonly at: number;
}

/** A message body the bot sent (reply, edit, follow-up or channel message). */
export interface SentMessage {
  readonly content?: string;
  readonly embeds?: readonly {
    title?: string;
    description?: string;
    footer?: { text: string };
    fields?: { name: string; value: string }[];
  }[];
  readonly components?: readonly {
    components: { custom_id: string; label?: string; disabled?: boolean }[];
  }[];
  readonly flags?: number;
  readonly allowed_mentions?: { parse?: unknown[]; replied_user?: boolean };
  readonly message_reference?: { message_id: string };
  readonly choices?: readonly { name: string; value: string }[];
}

/** What happened to one dispatched interaction. */
export interface InteractionRecord {
  readonly id: string;
  readonly token: string;
  readonly dispatchedAt: number;
  /** The interaction callback: its type (4 reply, 5 defer, 7 update, 8 autocomplete) and time. */
  callback?: { type: number; data: SentMessage | undefined; at: number };
  /** The message the user finally sees, and when it arrived. */
  final?: { body: SentMessage; at: number; via: 'callback' | 'edit' | 'followup' };
  /** Resolves with `final` once it arrives. */
  readonly finalReply: Promise<{ body: SentMessage; at: number; via: string }>;
}

export interface OptionInput {
  readonly name: string;
  readonly type: number;
  readonly value: string | number | boolean;
  readonly focused?: boolean;
}

const DISCORD_EPOCH = 1420070400000n;
let increment = 0n;
/** A Discord snowflake for now (ids sort by time, as the client expects). */
export function snowflake(): string {
  increment = (increment + 1n) & 0xfffn;
  return (((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | increment).toString();
}

export class DiscordStandIn {
  readonly botId = '110000000000000001';
  readonly applicationId = '110000000000000001';
  readonly guildId = '220000000000000002';
  readonly channelId = '330000000000000003';
  /** Requests with `Authorization: Bot <invalidToken>` get 401, as Discord answers a bad token. */
  invalidToken: string | undefined;

  readonly requests: RecordedRequest[] = [];
  readonly interactions = new Map<string, InteractionRecord>();
  /** IDENTIFY and RESUME payloads received, in order. */
  readonly identifies: { token: string; intents: number }[] = [];
  readonly resumes: { session_id: string; seq: number }[] = [];

  private socket: WebSocket | undefined;
  private seq = 0;
  private readonly sessions = new Set<string>();
  private readonly byToken = new Map<string, InteractionRecord>();
  private readonly resolvers = new Map<string, (final: NonNullable<InteractionRecord['final']>) => void>();
  private readonly requestWaiters: {
    test: (r: RecordedRequest) => boolean;
    resolve: (r: RecordedRequest) => void;
  }[] = [];
  private readyWaiters: (() => void)[] = [];
  private ready = false;

  private constructor(
    private readonly server: Server,
    private readonly wss: WebSocketServer,
    readonly port: number,
  ) {}

  /** Starts both servers on 127.0.0.1 on a free port. */
  static async start(): Promise<DiscordStandIn> {
    const server = createServer();
    const wss = new WebSocketServer({ server, path: '/gateway' });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const standIn = new DiscordStandIn(server, wss, (server.address() as AddressInfo).port);
    server.on('request', (req, res) => void standIn.onRequest(req, res));
    wss.on('connection', (socket) => standIn.onConnection(socket));
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

  // ---- gateway ----

  /** Resolves once a client has identified (or resumed) and been sent READY (or RESUMED). */
  waitForSession(): Promise<void> {
    if (this.ready) return Promise.resolve();
    return new Promise((resolve) => this.readyWaiters.push(resolve));
  }

  /** Cuts the gateway connection abruptly (no close frame), as a network failure would. */
  dropConnection(): void {
    this.ready = false;
    this.socket?.terminate();
    this.socket = undefined;
  }

  private send(payload: object): void {
    this.socket?.send(JSON.stringify(payload));
  }

  /** Sends a dispatch (op 0) with the next sequence number; returns the time it was sent. */
  dispatch(t: string, d: object): number {
    if (!this.socket) throw new Error(`No gateway connection to dispatch ${t} on`);
    this.seq += 1;
    const at = Date.now();
    this.send({ op: 0, t, s: this.seq, d });
    return at;
  }

  private sessionStarted(): void {
    this.ready = true;
    const waiters = this.readyWaiters;
    this.readyWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private onConnection(socket: WebSocket): void {
    this.socket?.terminate();
    this.socket = socket;
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41250 } }));
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: Record<string, unknown> };
      switch (payload.op) {
        case 1:
          socket.send(JSON.stringify({ op: 11 }));
          break;
        case 2:
          this.identifies.push({ token: String(payload.d['token']), intents: Number(payload.d['intents']) });
          this.identify();
          break;
        case 6: {
          const sessionId = String(payload.d['session_id']);
          this.resumes.push({ session_id: sessionId, seq: Number(payload.d['seq']) });
          if (this.sessions.has(sessionId)) {
            this.dispatch('RESUMED', {});
            this.sessionStarted();
          } else {
            socket.send(JSON.stringify({ op: 9, d: false }));
          }
          break;
        }
        default:
          break;
      }
    });
  }

  private identify(): void {
    const sessionId = randomBytes(16).toString('hex');
    this.sessions.add(sessionId);
    this.seq = 0;
    this.dispatch('READY', {
      v: 10,
      user: this.botUser(),
      guilds: [{ id: this.guildId, unavailable: true }],
      session_id: sessionId,
      resume_gateway_url: this.gatewayUrl,
      shard: [0, 1],
      application: { id: this.applicationId, flags: 0 },
    });
    // The client waits for a GUILD_CREATE for every guild READY lists.
    this.dispatch('GUILD_CREATE', this.guild());
    this.sessionStarted();
  }

  botUser() {
    return {
      id: this.botId,
      username: 'Verbatim',
      discriminator: '0',
      global_name: null,
      avatar: null,
      bot: true,
    };
  }

  user(id: string) {
    return { id, username: `user${id.slice(-4)}`, discriminator: '0', global_name: null, avatar: null };
  }

  member(id: string) {
    return {
      user: id === this.botId ? this.botUser() : this.user(id),
      roles: [],
      joined_at: '2024-01-01T00:00:00.000Z',
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      nick: null,
      avatar: null,
      premium_since: null,
      permissions: '2248473465835073',
    };
  }

  private guild() {
    return {
      id: this.guildId,
      name: 'Test Guild',
      icon: null,
      owner_id: '990000000000000009',
      afk_channel_id: null,
      afk_timeout: 300,
      verification_level: 0,
      default_message_notifications: 0,
      explicit_content_filter: 0,
      mfa_level: 0,
      system_channel_id: null,
      system_channel_flags: 0,
      rules_channel_id: null,
      vanity_url_code: null,
      description: null,
      banner: null,
      premium_tier: 0,
      preferred_locale: 'en-US',
      public_updates_channel_id: null,
      nsfw_level: 0,
      premium_progress_bar_enabled: false,
      features: [],
      emojis: [],
      stickers: [],
      roles: [
        {
          id: this.guildId,
          name: '@everyone',
          color: 0,
          hoist: false,
          position: 0,
          permissions: '2248473465835073',
          managed: false,
          mentionable: false,
          flags: 0,
        },
      ],
      joined_at: '2024-01-01T00:00:00.000Z',
      large: false,
      unavailable: false,
      member_count: 2,
      voice_states: [],
      members: [this.member(this.botId)],
      channels: [
        {
          id: this.channelId,
          type: 0,
          name: 'general',
          position: 0,
          permission_overwrites: [],
          nsfw: false,
          parent_id: null,
        },
      ],
      threads: [],
      presences: [],
      stage_instances: [],
      guild_scheduled_events: [],
      soundboard_sounds: [],
    };
  }

  // ---- interactions and messages ----

  private interactionBase(type: number, userId: string) {
    const id = snowflake();
    const token = `itok.${id}.${randomBytes(24).toString('base64url')}`;
    return {
      id,
      token,
      type,
      application_id: this.applicationId,
      guild_id: this.guildId,
      channel_id: this.channelId,
      channel: { id: this.channelId, type: 0, guild_id: this.guildId, name: 'general' },
      member: this.member(userId),
      app_permissions: '2248473465835073',
      locale: 'en-US',
      guild_locale: 'en-US',
      version: 1,
      entitlements: [],
      authorizing_integration_owners: { '0': this.guildId },
      context: 0,
    };
  }

  private track(id: string, token: string, dispatchedAt: number): InteractionRecord {
    let resolveFinal!: (final: NonNullable<InteractionRecord['final']>) => void;
    const finalReply = new Promise<NonNullable<InteractionRecord['final']>>(
      (resolve) => (resolveFinal = resolve),
    );
    const record: InteractionRecord = { id, token, dispatchedAt, finalReply };
    this.resolvers.set(id, resolveFinal);
    this.interactions.set(id, record);
    this.byToken.set(token, record);
    return record;
  }

  /** Dispatches a slash command (type 2) from `userId` with the given top-level options. */
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
    const base = this.interactionBase(type, userId);
    const payload = {
      ...base,
      data: { id: `5${'0'.repeat(16)}${name.length}`, name, type: 1, options, guild_id: this.guildId },
    };
    return this.track(base.id, base.token, this.dispatch('INTERACTION_CREATE', payload));
  }

  /** Dispatches a button click (type 3) on `message`, a message the bot sent earlier. */
  sendButton(customId: string, message: SentMessage, userId = snowflake()): InteractionRecord {
    const base = this.interactionBase(3, userId);
    const payload = {
      ...base,
      data: { custom_id: customId, component_type: 2 },
      message: this.messageObject(snowflake(), message, this.botUser()),
    };
    return this.track(base.id, base.token, this.dispatch('INTERACTION_CREATE', payload));
  }

  /** Dispatches MESSAGE_CREATE for a message by `authorId` in the test channel; returns its id. */
  sendMessage(content: string, authorId = snowflake(), options: { bot?: boolean } = {}): string {
    const id = snowflake();
    const mentionsBot = content.includes(`<@${this.botId}>`) || content.includes(`<@!${this.botId}>`);
    this.dispatch('MESSAGE_CREATE', {
      ...this.messageObject(
        id,
        { content },
        { ...this.user(authorId), ...(options.bot ? { bot: true } : {}) },
      ),
      guild_id: this.guildId,
      member: { ...this.member(authorId), user: undefined },
      mentions: mentionsBot
        ? [{ ...this.botUser(), member: { ...this.member(this.botId), user: undefined } }]
        : [],
    });
    return id;
  }

  private messageObject(id: string, body: SentMessage, author: object) {
    return {
      id,
      channel_id: this.channelId,
      type: 0,
      author,
      content: body.content ?? '',
      embeds: body.embeds ?? [],
      components: (body.components ?? []).map((row) => ({
        type: 1,
        components: row.components.map((c) => ({ type: 2, style: 2, ...c })),
      })),
      attachments: [],
      timestamp: new Date().toISOString(),
      edited_timestamp: null,
      tts: false,
      mention_everyone: false,
      mentions: [],
      mention_roles: [],
      pinned: false,
      flags: body.flags ?? 0,
    };
  }

  /** Resolves with the first recorded request (past or future) that passes `test`. */
  waitForRequest(test: (request: RecordedRequest) => boolean): Promise<RecordedRequest> {
    const found = this.requests.find(test);
    if (found) return Promise.resolve(found);
    return new Promise((resolve) => this.requestWaiters.push({ test, resolve }));
  }

  // ---- REST ----

  private async onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const raw = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const path = url.pathname
      .replace(/^\/api\/v\d+/, '')
      .split('/')
      .map((segment) => decodeURIComponent(segment))
      .join('/');
    let body: unknown = undefined;
    if (raw !== '' && String(req.headers['content-type']).startsWith('application/json'))
      body = JSON.parse(raw);
    const request: RecordedRequest = {
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      body,
      authorization: req.headers.authorization,
      at: Date.now(),
    };
    this.requests.push(request);
    const reply = (status: number, json?: unknown): void => {
      if (json === undefined) {
        res.writeHead(status).end();
      } else {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
      }
    };
    try {
      if (this.invalidToken !== undefined && request.authorization === `Bot ${this.invalidToken}`) {
        reply(401, { message: '401: Unauthorized', code: 0 });
      } else {
        this.route(request, reply);
      }
    } finally {
      for (const waiter of [...this.requestWaiters]) {
        if (waiter.test(request)) {
          this.requestWaiters.splice(this.requestWaiters.indexOf(waiter), 1);
          waiter.resolve(request);
        }
      }
    }
  }

  private finish(
    record: InteractionRecord,
    body: SentMessage,
    at: number,
    via: 'callback' | 'edit' | 'followup',
  ): void {
    if (record.final) return;
    record.final = { body, at, via };
    this.resolvers.get(record.id)?.(record.final);
  }

  private route(request: RecordedRequest, reply: (status: number, json?: unknown) => void): void {
    const { method, path } = request;
    const body = (request.body ?? {}) as Record<string, unknown>;
    let match: RegExpMatchArray | null;

    if (method === 'GET' && path === '/gateway/bot') {
      return reply(200, {
        url: this.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      });
    }
    if (method === 'POST' && (match = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/))) {
      const record = this.interactions.get(match[1] ?? '');
      if (!record || record.token !== match[2])
        return reply(404, { message: 'Unknown interaction', code: 10062 });
      if (record.callback)
        return reply(400, { message: 'Interaction has already been acknowledged.', code: 40060 });
      const type = Number(body['type']);
      const data = body['data'] as SentMessage | undefined;
      record.callback = { type, data, at: request.at };
      if (type === 4 || type === 7 || type === 8) this.finish(record, data ?? {}, request.at, 'callback');
      return reply(204);
    }
    if ((match = path.match(/^\/webhooks\/(\d+)\/([^/]+)(\/messages\/([^/]+))?$/))) {
      const record = this.byToken.get(match[2] ?? '');
      if (!record) return reply(404, { message: 'Unknown Webhook', code: 10015 });
      if (method === 'PATCH' && match[4] === '@original') {
        this.finish(record, body as SentMessage, request.at, 'edit');
        return reply(200, this.messageObject(snowflake(), body as SentMessage, this.botUser()));
      }
      if (method === 'DELETE') return reply(204);
      if (method === 'POST' && match[3] === undefined) {
        this.finish(record, body as SentMessage, request.at, 'followup');
        return reply(200, this.messageObject(snowflake(), body as SentMessage, this.botUser()));
      }
    }
    if (method === 'POST' && (match = path.match(/^\/channels\/(\d+)\/messages$/))) {
      return reply(200, this.messageObject(snowflake(), body as SentMessage, this.botUser()));
    }
    if (method === 'POST' && /^\/channels\/\d+\/typing$/.test(path)) return reply(204);
    if (method === 'PUT' && /^\/applications\/\d+(\/guilds\/\d+)?\/commands$/.test(path)) {
      const list = Array.isArray(request.body) ? (request.body as Record<string, unknown>[]) : [];
      return reply(
        200,
        list.map((command) => ({
          ...command,
          id: snowflake(),
          application_id: this.applicationId,
          version: snowflake(),
        })),
      );
    }
    reply(404, { message: '404: Not Found', code: 0 });
  }
}
