import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { latin1Page, webFixture } from './webFixtures.js';

/** A loopback news site for fetch tests: fixture pages in news-site shapes and the failures sites produce. */
export interface NewsServer {
  /** `http://127.0.0.1:<port>` */
  readonly origin: string;
  readonly port: number;
  /** Requests received so far, as `METHOD path`. */
  readonly requests: string[];
  /** The User-Agent header of each request, in order. */
  readonly userAgents: string[];
  /** Replaces what a path serves (for a page that changes, or a feed that grows). */
  set(path: string, route: Route): void;
  close(): Promise<void>;
}

export interface Route {
  readonly status?: number;
  readonly headers?: Record<string, string>;
  readonly body?: string | Buffer;
  /** Streams this many bytes of filler instead of `body` (no Content-Length), for size limits. */
  readonly streamBytes?: number;
  /** Never answers (for timeouts). */
  readonly hang?: boolean;
  /** Answers after this many milliseconds (a slow site). */
  readonly delayMs?: number;
}

const HTML = { 'content-type': 'text/html; charset=utf-8' };

function defaultRoutes(origin: string): Map<string, Route> {
  const story = webFixture('story.html').toString('utf8');
  return new Map<string, Route>([
    ['/news/story.html', { headers: HTML, body: story }],
    ['/news/amp.html', { headers: HTML, body: webFixture('amp.html') }],
    ['/news/jsonld.html', { headers: HTML, body: webFixture('jsonld.html') }],
    ['/news/front.html', { headers: HTML, body: webFixture('index.html') }],
    // The header names no charset: the <meta> declaring ISO-8859-1 decides.
    ['/news/latin1.html', { headers: { 'content-type': 'text/html' }, body: latin1Page() }],
    ['/news/story.gz.html', { headers: { ...HTML, 'content-encoding': 'gzip' }, body: gzipSync(story) }],
    ['/news/moved', { status: 301, headers: { location: '/news/story.html' } }],
    ['/loop/a', { status: 302, headers: { location: '/loop/b' } }],
    ['/loop/b', { status: 302, headers: { location: `${origin}/loop/a` } }],
    ['/huge.html', { headers: HTML, streamBytes: 20 * 1024 * 1024 }],
    [
      '/report.pdf',
      {
        headers: { 'content-type': 'application/pdf' },
        body: '%PDF-1.7\n%\u00e2\u00e3\n1 0 obj <<>> endobj\n',
      },
    ],
    ['/slow.html', { hang: true }],
    [
      '/feeds/news.rss',
      { headers: { 'content-type': 'application/rss+xml; charset=utf-8' }, body: rssFeed(origin) },
    ],
    ['/feeds/news.atom', { headers: { 'content-type': 'application/atom+xml' }, body: atomFeed(origin) }],
  ]);
}

/** An RSS 2.0 feed: two stories (one with a GUID that is not a link), a page with no article, a 404. */
function rssFeed(origin: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>The Coastal Courier</title><link>${origin}/</link><description>News from Port Ellery</description>
<item><title>Harbour town votes to build a sea wall</title><link>${origin}/news/story.html?utm_source=rss</link>
<guid isPermaLink="false">courier-2024-0301-seawall</guid><pubDate>Sat, 02 Mar 2024 04:30:00 GMT</pubDate></item>
<item><title>Lighthouse keeper retires</title><link>${origin}/news/amp.html</link><pubDate>Wed, 14 Feb 2024 08:00:00 GMT</pubDate></item>
<item><title>Section front</title><link>${origin}/news/front.html</link></item>
<item><title>Gone</title><link>${origin}/news/gone.html</link></item>
</channel></rss>`;
}

/** An Atom feed with one entry, linked by a relative link. */
function atomFeed(origin: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:base="${origin}/">
<title>Island Times</title><id>tag:islands.example,2024:feed</id><updated>2024-01-02T09:00:00Z</updated>
<entry><title>Ferry service to the islands resumes</title><link rel="alternate" href="${origin}/news/jsonld.html"/>
<id>tag:islands.example,2023:ferry</id><updated>2024-01-02T09:00:00Z</updated></entry>
</feed>`;
}

/** Starts the server on 127.0.0.1 (a free port). Unknown paths answer 404. */
export async function startNewsServer(): Promise<NewsServer> {
  const requests: string[] = [];
  const userAgents: string[] = [];
  let routes = new Map<string, Route>();
  const hanging = new Set<import('node:http').ServerResponse>();
  const server: Server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    userAgents.push(req.headers['user-agent'] ?? '');
    const route = routes.get((req.url ?? '/').split('?')[0] ?? '/');
    if (!route) {
      res.writeHead(404, HTML).end('<html><body><h1>Not found</h1></body></html>');
      return;
    }
    if (route.hang) {
      hanging.add(res);
      return;
    }
    if (route.delayMs) {
      hanging.add(res);
      setTimeout(() => {
        hanging.delete(res);
        if (!res.destroyed) res.writeHead(route.status ?? 200, route.headers ?? {}).end(route.body ?? '');
      }, route.delayMs);
      return;
    }
    res.writeHead(route.status ?? 200, route.headers ?? {});
    if (route.streamBytes) {
      const chunk = Buffer.alloc(
        64 * 1024,
        '<p>filler text for a page far too large to be an article.</p>\n',
      );
      let sent = 0;
      const write = (): void => {
        while (sent < (route.streamBytes ?? 0)) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', write);
        }
        res.end();
      };
      res.on('error', () => undefined);
      write();
      return;
    }
    res.end(route.body ?? '');
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  routes = defaultRoutes(origin);
  return {
    origin,
    port,
    requests,
    userAgents,
    set: (path, route) => routes.set(path, route),
    close: async () => {
      for (const res of hanging) res.destroy();
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
