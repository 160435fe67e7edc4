import type { IncomingMessage, ServerResponse } from 'node:http';
import { PlaygroundError } from './Playground.js';
import type { Playground } from './Playground.js';

/** Bodies the page sends are small: a question, a few option values. */
const MAX_BODY_BYTES = 16 * 1024;

async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  let size = 0;
  const chunks: Buffer[] = [];
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new PlaygroundError('Request too large', 413);
    chunks.push(chunk as Buffer);
  }
  try {
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
    if (body !== null && typeof body === 'object' && !Array.isArray(body))
      return body as Record<string, unknown>;
  } catch {
    // Answered below.
  }
  throw new PlaygroundError('Expected a JSON object');
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');
const values = (value: unknown): Record<string, string> =>
  Object.fromEntries(
    Object.entries(value && typeof value === 'object' ? value : {}).map(([k, v]) => [k, String(v)]),
  );

function json(res: ServerResponse, status: number, body: unknown): void {
  res
    .writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store' })
    .end(JSON.stringify(body));
}

/** Streams page events as Server-Sent Events, starting with a snapshot of everything. */
function events(playground: Playground, req: IncomingMessage, res: ServerResponse): void {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-store',
    connection: 'keep-alive',
  });
  const send = (type: string, data: unknown): void =>
    void res.write(`event: ${type}\ndata: ${JSON.stringify(data)}\n\n`);
  send('snapshot', playground.snapshot());
  const unsubscribe = playground.subscribe((event) => send(event.type, event.data));
  req.on('close', unsubscribe);
}

/** The page's API: the event stream, the user's commands, and what the user does. */
export async function handleApi(
  playground: Playground,
  url: URL,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  try {
    if (req.method === 'GET' && url.pathname === '/api/events') return events(playground, req, res);
    if (req.method === 'GET' && url.pathname === '/api/commands')
      return json(res, 200, playground.commandsFor(url.searchParams.get('user') ?? ''));
    if (req.method !== 'POST') throw new PlaygroundError('Not found', 404);
    const body = await readJson(req);
    const user = text(body['user']);
    switch (url.pathname) {
      case '/api/command':
        playground.runCommand(user, text(body['name']), values(body['options']));
        return json(res, 200, { ok: true });
      case '/api/autocomplete':
        return json(
          res,
          200,
          await playground.autocomplete(
            user,
            text(body['name']),
            values(body['options']),
            text(body['focused']),
          ),
        );
      case '/api/button':
        playground.clickButton(user, text(body['messageId']), text(body['customId']));
        return json(res, 200, { ok: true });
      case '/api/message':
        playground.postMessage(user, text(body['content']));
        return json(res, 200, { ok: true });
      case '/api/restart':
        await playground.restartBot();
        return json(res, 200, { ok: true });
      default:
        throw new PlaygroundError('Not found', 404);
    }
  } catch (error) {
    if (error instanceof PlaygroundError) return json(res, error.status, { error: error.message });
    const message = error instanceof Error ? error.message : String(error);
    return json(res, 500, { error: message });
  }
}
