import type { Channel } from './Channel.js';
import { botUser, messageObject, STAND_IN_IDS } from './payloads.js';
import type {
  FinalReply,
  InteractionRecord,
  RecordedRequest,
  RegisteredCommand,
  SentMessage,
} from './types.js';

/** A REST answer: the status and, unless it is 204, the JSON body. */
export interface RestAnswer {
  readonly status: number;
  readonly json?: unknown;
}

/** What the routes read and change in the stand-in. */
export interface RestContext {
  readonly gatewayUrl: string;
  readonly channel: Channel;
  interaction(id: string): InteractionRecord | undefined;
  interactionByToken(token: string): InteractionRecord | undefined;
  finish(record: InteractionRecord, body: SentMessage, at: number, via: FinalReply['via']): void;
  /** Replaces the commands of a scope (`global` or a guild id); returns them with their new ids. */
  register(scope: string, commands: readonly Record<string, unknown>[]): readonly RegisteredCommand[];
  registered(scope: string): readonly RegisteredCommand[];
}

const EPHEMERAL = 64;
const error = (status: number, code: number, message: string): RestAnswer => ({
  status,
  json: { message, code },
});
const asMessage = (id: string, body: SentMessage): RestAnswer => ({
  status: 200,
  json: messageObject(id, body, botUser()),
});

/** Answers an interaction callback (reply, defer, update, autocomplete) as Discord does. */
function callback(ctx: RestContext, request: RecordedRequest, id: string, token: string): RestAnswer {
  const record = ctx.interaction(id);
  if (!record || record.token !== token) return error(404, 10062, 'Unknown interaction');
  if (record.callback) return error(400, 40060, 'Interaction has already been acknowledged.');
  const body = (request.body ?? {}) as { type?: number; data?: SentMessage };
  const type = Number(body.type);
  const data = body.data;
  record.callback = { type, data, at: request.at };
  const ephemeralFor = ((data?.flags ?? 0) & EPHEMERAL) !== 0 ? record.userId : undefined;
  const interaction = record.commandName ? { name: record.commandName, userId: record.userId } : undefined;
  if (type === 4 || type === 5) {
    const message = ctx.channel.post(
      STAND_IN_IDS.botId,
      type === 4 ? (data ?? {}) : { flags: data?.flags ?? 0 },
      {
        ...(ephemeralFor ? { ephemeralFor } : {}),
        ...(interaction ? { interaction } : {}),
        thinking: type === 5,
      },
    );
    record.messageId = message.id;
  }
  if (type === 7 && record.messageId) ctx.channel.edit(record.messageId, data ?? {});
  if (type === 4 || type === 7 || type === 8) ctx.finish(record, data ?? {}, request.at, 'callback');
  if (request.query.get('with_response') !== 'true') return { status: 204 };
  const message = record.messageId ? ctx.channel.get(record.messageId) : undefined;
  return {
    status: 200,
    json: {
      interaction: { id: record.id, type: record.type },
      resource: { type, ...(message ? { message: messageObject(message.id, message.body, botUser()) } : {}) },
    },
  };
}

/** Edits, follow-ups and deletions through an interaction's webhook. */
function webhook(
  ctx: RestContext,
  request: RecordedRequest,
  token: string,
  messageId: string | undefined,
): RestAnswer {
  const record = ctx.interactionByToken(token);
  if (!record) return error(404, 10015, 'Unknown Webhook');
  const body = (request.body ?? {}) as SentMessage;
  if (messageId === '@original') {
    if (!record.messageId) return error(404, 10008, 'Unknown Message');
    if (request.method === 'DELETE') return { status: 204 };
    if (request.method !== 'PATCH') return error(405, 0, '405: Method Not Allowed');
    const message = ctx.channel.edit(record.messageId, body);
    ctx.finish(record, body, request.at, 'edit');
    return asMessage(record.messageId, message?.body ?? body);
  }
  if (messageId === undefined && request.method === 'POST') {
    const ephemeral = ((body.flags ?? 0) & EPHEMERAL) !== 0;
    const message = ctx.channel.post(
      STAND_IN_IDS.botId,
      body,
      ephemeral ? { ephemeralFor: record.userId } : {},
    );
    ctx.finish(record, body, request.at, 'followup');
    return asMessage(message.id, body);
  }
  return error(404, 10008, 'Unknown Message');
}

/** Routes one REST request (already checked against the spec) to its handler. */
export function routeRest(ctx: RestContext, request: RecordedRequest): RestAnswer {
  const { method, path } = request;
  let match: RegExpMatchArray | null;
  if (method === 'GET' && path === '/gateway/bot') {
    return {
      status: 200,
      json: {
        url: ctx.gatewayUrl,
        shards: 1,
        session_start_limit: { total: 1000, remaining: 1000, reset_after: 0, max_concurrency: 1 },
      },
    };
  }
  if (method === 'POST' && (match = path.match(/^\/interactions\/(\d+)\/([^/]+)\/callback$/)))
    return callback(ctx, request, match[1] ?? '', match[2] ?? '');
  if ((match = path.match(/^\/webhooks\/(\d+)\/([^/]+)(?:\/messages\/([^/]+))?$/)))
    return webhook(ctx, request, match[2] ?? '', match[3]);
  // Every other route needs the bot's token, as Discord's do.
  if (!request.authorization?.startsWith('Bot ')) return error(401, 0, '401: Unauthorized');
  if ((match = path.match(/^\/channels\/(\d+)\/(messages|typing)$/)) && method === 'POST') {
    if (match[1] !== STAND_IN_IDS.channelId) return error(404, 10003, 'Unknown Channel');
    if (match[2] === 'typing') return { status: 204 };
    const body = (request.body ?? {}) as SentMessage;
    const replyTo = body.message_reference?.message_id;
    if (replyTo !== undefined && !ctx.channel.get(replyTo)) {
      const unknown = { _errors: [{ code: 'REPLIES_UNKNOWN_MESSAGE', message: 'Unknown message' }] };
      return {
        status: 400,
        json: { code: 50035, message: 'Invalid Form Body', errors: { message_reference: unknown } },
      };
    }
    const message = ctx.channel.post(STAND_IN_IDS.botId, body, replyTo ? { replyTo } : {});
    return asMessage(message.id, body);
  }
  if ((match = path.match(/^\/applications\/(\d+)(?:\/guilds\/(\d+))?\/commands$/))) {
    if (match[1] !== STAND_IN_IDS.applicationId) return error(403, 50001, 'Missing Access');
    if (match[2] !== undefined && match[2] !== STAND_IN_IDS.guildId)
      return error(404, 10004, 'Unknown Guild');
    const scope = match[2] ?? 'global';
    if (method === 'GET') return { status: 200, json: ctx.registered(scope) };
    if (method === 'PUT') {
      const list = Array.isArray(request.body) ? (request.body as Record<string, unknown>[]) : [];
      return { status: 200, json: ctx.register(scope, list) };
    }
  }
  return error(404, 0, '404: Not Found');
}
