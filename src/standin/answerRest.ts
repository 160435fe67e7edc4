import type { IncomingMessage, ServerResponse } from 'node:http';
import { routeRest } from './restRoutes.js';
import type { RestAnswer, RestContext } from './restRoutes.js';
import type { RecordedRequest, StandInEvent } from './types.js';
import type { BodyValidator } from './validateBody.js';

/** What `answerRest` needs from the stand-in. */
export interface RestDeps {
  readonly context: RestContext;
  /** Checks bodies against Discord's spec; undefined turns the check off. */
  readonly validator: BodyValidator | undefined;
  /** A token Discord refuses (401), if any. */
  readonly invalidToken: string | undefined;
  /** Called with each request as it arrives, then with the answer given. */
  readonly recorded: (request: RecordedRequest) => void;
  readonly answered: (event: Extract<StandInEvent, { kind: 'rest' }>) => void;
}

/**
 * Reads one REST request, refuses it as Discord would (bad JSON, refused token, a body the spec refuses:
 * 400 with code 50035 naming the field), else routes it, and writes the answer.
 */
export async function answerRest(req: IncomingMessage, res: ServerResponse, deps: RestDeps): Promise<void> {
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
  let answer: RestAnswer | undefined;
  let rejection: unknown;
  if (raw !== '' && String(req.headers['content-type']).startsWith('application/json')) {
    try {
      body = JSON.parse(raw);
    } catch {
      answer = { status: 400, json: { message: 'The request body contains invalid JSON.', code: 50109 } };
    }
  }
  const request: RecordedRequest = {
    method: req.method ?? 'GET',
    path,
    query: url.searchParams,
    body,
    authorization: req.headers.authorization,
    at: Date.now(),
  };
  if (!answer && deps.invalidToken !== undefined && request.authorization === `Bot ${deps.invalidToken}`)
    answer = { status: 401, json: { message: '401: Unauthorized', code: 0 } };
  if (!answer && body !== undefined && deps.validator) {
    rejection = deps.validator(request.method, path, body);
    if (rejection) answer = { status: 400, json: rejection };
  }
  answer ??= routeRest(deps.context, request);
  if (answer.json === undefined) res.writeHead(answer.status).end();
  else res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.json));
  deps.recorded(request);
  deps.answered({
    kind: 'rest',
    request,
    status: answer.status,
    response: answer.json,
    ...(rejection ? { rejection } : {}),
  });
}
