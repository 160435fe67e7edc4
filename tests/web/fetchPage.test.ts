// Fetches go only to the loopback news server on 127.0.0.1; refusals of other addresses are tested through an
// injected resolver, so nothing ever connects to them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchError } from '../../src/web/FetchError.js';
import { fetchPage, MAX_REDIRECTS, USER_AGENT, type ResolvedAddress } from '../../src/web/fetchPage.js';
import { startNewsServer, type NewsServer } from '../support/newsServer.js';

let server: NewsServer;
beforeAll(async () => {
  server = await startNewsServer();
});
afterAll(() => server.close());

const allow = { allowPrivate: true } as const;

describe('fetchPage: what it fetches', () => {
  it('fetches an HTML page with its charset and sends a User-Agent naming Verbatim', async () => {
    server.set('/ua.html', { headers: { 'content-type': 'text/html; charset=UTF-8' }, body: '<p>hello</p>' });
    const page = await fetchPage(`${server.origin}/ua.html`, allow);
    expect(page).toMatchObject({
      url: `${server.origin}/ua.html`,
      contentType: 'text/html',
      charset: 'UTF-8',
    });
    expect(page.body.toString()).toBe('<p>hello</p>');
    expect(server.userAgents.at(-1)).toBe(USER_AGENT);
    expect(USER_AGENT).toMatch(/^Verbatim\//);
  });

  it('follows a redirect and reports the final address', async () => {
    const page = await fetchPage(`${server.origin}/news/moved`, allow);
    expect(page.url).toBe(`${server.origin}/news/story.html`);
    expect(page.body.toString()).toContain('Harbour town votes');
  });

  it('decompresses a gzip body', async () => {
    const page = await fetchPage(`${server.origin}/news/story.gz.html`, allow);
    expect(page.body.toString()).toContain('Port Ellery voted seven to two');
  });

  it('connects to the address it checked: a made-up host name resolved by the injected resolver reaches the server', async () => {
    const resolve = async (host: string): Promise<ResolvedAddress[]> =>
      host === 'news.invalid' ? [{ address: '127.0.0.1', family: 4 }] : [];
    const page = await fetchPage(`http://news.invalid:${server.port}/news/story.html`, { ...allow, resolve });
    expect(page.body.toString()).toContain('Harbour town votes');
  });
});

describe('fetchPage: failures, each with a clear message', () => {
  it.each([
    ['/missing.html', /answered HTTP 404/],
    ['/report.pdf', /is application\/pdf, not a web page \(HTML\)/],
    ['/loop/a', new RegExp(`redirects more than ${MAX_REDIRECTS} times`)],
    ['/huge.html', /is larger than 10 MB/],
  ])('%s', async (path, message) => {
    await expect(fetchPage(`${server.origin}${path}`, allow)).rejects.toThrow(message);
  });

  it('stops following a redirect loop after 5 redirects (6 requests)', async () => {
    const before = server.requests.length;
    await expect(fetchPage(`${server.origin}/loop/a`, allow)).rejects.toBeInstanceOf(FetchError);
    expect(server.requests.length - before).toBe(MAX_REDIRECTS + 1);
  });

  it('gives up on a server that never answers', async () => {
    await expect(fetchPage(`${server.origin}/slow.html`, { ...allow, timeoutMs: 200 })).rejects.toThrow(
      /did not answer in time/,
    );
  });

  it('refuses non-http(s) URLs and non-URLs', async () => {
    await expect(fetchPage('file:///etc/passwd', allow)).rejects.toThrow(/not an http\(s\) URL/);
    await expect(fetchPage('ftp://example.com/a', allow)).rejects.toThrow(/not an http\(s\) URL/);
    await expect(fetchPage('not a url', allow)).rejects.toThrow(/is not a URL/);
  });

  it('accepts only XML content types for feeds', async () => {
    await expect(fetchPage(`${server.origin}/news/story.html`, { ...allow, accept: 'feed' })).rejects.toThrow(
      /is text\/html, not a news feed/,
    );
  });
});

describe('fetchPage: refuses addresses that are not public, without connecting', () => {
  it('refuses the loopback server itself when private addresses are not allowed: it receives no request', async () => {
    const before = server.requests.length;
    await expect(fetchPage(`${server.origin}/news/story.html`)).rejects.toThrow(
      /Refused .*127\.0\.0\.1 is not a public address; set ALLOW_PRIVATE_URLS=true/,
    );
    expect(server.requests.length).toBe(before);
  });

  // Resolved by the injected resolver: the check refuses before any connection is attempted.
  it.each([
    ['10.0.0.7', 4],
    ['192.168.1.20', 4],
    ['172.20.0.1', 4],
    ['100.64.12.1', 4],
    ['169.254.169.254', 4],
    ['0.0.0.0', 4],
    ['::1', 6],
    ['::', 6],
    ['fe80::1', 6],
    ['fd00:ec2::254', 6],
    ['::ffff:127.0.0.1', 6],
    ['::ffff:a9fe:a9fe', 6],
  ] as const)('a host resolving to %s', async (address, family) => {
    let asked = 0;
    const resolve = async (): Promise<ResolvedAddress[]> => {
      asked += 1;
      return [{ address, family }];
    };
    await expect(fetchPage('http://intranet.example/page.html', { resolve })).rejects.toThrow(
      /Refused http:\/\/intranet\.example\/page\.html: intranet\.example resolves to .* is not a public address/,
    );
    expect(asked).toBe(1);
  });

  it('refuses a host when any of its addresses is private, and IP literals without asking the resolver', async () => {
    const resolve = async (): Promise<ResolvedAddress[]> => [
      { address: '93.184.216.34', family: 4 },
      { address: '10.0.0.1', family: 4 },
    ];
    await expect(fetchPage('https://mixed.example/', { resolve })).rejects.toThrow(
      /10\.0\.0\.1 is not a public address/,
    );
    const never = async (): Promise<ResolvedAddress[]> => {
      throw new Error('must not be asked');
    };
    await expect(fetchPage('http://[::ffff:192.168.0.1]/', { resolve: never })).rejects.toThrow(
      /stands for 192\.168\.0\.1/,
    );
    await expect(fetchPage('http://169.254.169.254/latest/meta-data/', { resolve: never })).rejects.toThrow(
      /not a public address/,
    );
  });

  it('checks every redirect: a public page redirecting to a private address is refused before connecting to it', async () => {
    // Here only 127.0.0.1 counts as public, so the first hop reaches the server and the redirect is judged.
    server.set('/to-intranet', { status: 302, headers: { location: 'http://intranet.example/admin' } });
    const resolved: string[] = [];
    const resolve = async (host: string): Promise<ResolvedAddress[]> => {
      resolved.push(host);
      return [{ address: host === 'intranet.example' ? '10.1.2.3' : '127.0.0.1', family: 4 }];
    };
    const blockedReason = (address: string): string | undefined =>
      address === '127.0.0.1' ? undefined : `${address} is not a public address`;
    await expect(
      fetchPage(`http://public.example:${server.port}/to-intranet`, { resolve, blockedReason }),
    ).rejects.toThrow(/Refused http:\/\/intranet\.example\/admin: intranet\.example resolves to 10\.1\.2\.3/);
    expect(resolved).toEqual(['public.example', 'intranet.example']);
  });
});
