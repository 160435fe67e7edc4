import { timingSafeEqual } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { handleApi } from './handleApi.js';
import type { Playground } from './Playground.js';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** The page may load and call nothing but this server (no CDN fonts, avatars or scripts). */
const CSP =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; font-src 'self'; " +
  "script-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

const COOKIE = 'verbatim_playground';
const PAGE_DIR = join(import.meta.dirname, 'page');
const COMPONENTS_DIR = join(
  dirname(createRequire(import.meta.url).resolve('@derockdev/discord-components-core')),
);

/**
 * The components library's styles import a web font from two CDNs (`@import url('https://…')` and
 * `@font-face { src: url('https://…') }`). The page loads nothing from outside, so those rules are dropped
 * from the library's scripts as they are served; the page's own style sets system fonts instead.
 */
export function withoutRemoteFonts(script: string): string {
  return script
    .replace(/@import url\((['"])https?:[^'"]*\1\);?/g, '')
    .replace(/@font-face\{[^}]*url\((['"])https?:[^}]*\}/g, '');
}

/** A file under `root` named by a URL path, or undefined if the path leaves it. */
function under(root: string, urlPath: string): string | undefined {
  const file = normalize(join(root, decodeURIComponent(urlPath)));
  return file.startsWith(root + sep) ? file : undefined;
}

function sameSecret(given: string | undefined, token: string): boolean {
  if (given === undefined || given.length !== token.length) return false;
  return timingSafeEqual(Buffer.from(given), Buffer.from(token));
}

/** The page's server: the page, its assets, the components library from node_modules, and the API. */
export class PageServer {
  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  /**
   * Listens on 127.0.0.1 only. Every request must name this server in Host (against DNS rebinding), come
   * from its own origin when it has one (against cross-site requests) and carry the token: in the printed
   * address, then in a SameSite=Strict cookie the page gets with it, or in the page's API header.
   */
  static async start(playground: Playground, token: string, port: number): Promise<PageServer> {
    const server = createServer();
    let bound = 0;
    const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
      const hosts = [`127.0.0.1:${bound}`, `localhost:${bound}`];
      const origin = req.headers.origin;
      if (
        !hosts.includes(req.headers.host ?? '') ||
        (origin !== undefined && !hosts.some((h) => origin === `http://${h}`))
      ) {
        res
          .writeHead(403, { 'content-type': 'text/plain' })
          .end('Forbidden: open the address the playground printed.');
        return;
      }
      const url = new URL(req.url ?? '/', `http://${hosts[0]}`);
      const cookie = /(?:^|;\s*)verbatim_playground=([^;]+)/.exec(req.headers.cookie ?? '')?.[1];
      const header = req.headers['x-playground-token'];
      const fromAddress = sameSecret(url.searchParams.get('token') ?? undefined, token);
      if (
        !fromAddress &&
        !sameSecret(cookie, token) &&
        !sameSecret(typeof header === 'string' ? header : undefined, token)
      ) {
        res
          .writeHead(401, { 'content-type': 'text/plain' })
          .end('Open the address the playground printed, with its token.');
        return;
      }
      const headers = {
        'content-security-policy': CSP,
        'x-content-type-options': 'nosniff',
        'referrer-policy': 'no-referrer',
      };
      if (url.pathname.startsWith('/api/')) return handleApi(playground, url, req, res);
      let file: string | undefined;
      if (url.pathname === '/') file = join(PAGE_DIR, 'index.html');
      else if (url.pathname.startsWith('/page/')) file = under(PAGE_DIR, url.pathname.slice('/page/'.length));
      else if (url.pathname.startsWith('/components/'))
        file = under(COMPONENTS_DIR, url.pathname.slice('/components/'.length));
      const type = file ? TYPES[extname(file)] : undefined;
      let body = file && type ? await readFile(file).catch(() => undefined) : undefined;
      if (body && file?.startsWith(COMPONENTS_DIR) && file.endsWith('.js'))
        body = Buffer.from(withoutRemoteFonts(body.toString('utf8')));
      if (!body || !type) {
        res.writeHead(404, { 'content-type': 'text/plain', ...headers }).end('Not found');
        return;
      }
      res.writeHead(200, {
        'content-type': type,
        ...headers,
        ...(fromAddress ? { 'set-cookie': `${COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` } : {}),
        'cache-control': 'no-store',
      });
      res.end(body);
    };
    server.on('request', (req, res) => {
      handle(req, res).catch(() => {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end('Internal error');
      });
    });
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', resolve);
    });
    bound = (server.address() as AddressInfo).port;
    return new PageServer(server, bound);
  }

  /** Closes the server and every open connection (the page's event stream included). */
  close(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}
