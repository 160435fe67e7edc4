import { lookup as dnsLookup } from 'node:dns/promises';
import http, { type IncomingMessage } from 'node:http';
import https from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { blockedAddressReason } from './blockedAddress.js';
import { FetchError } from './FetchError.js';

/** Pages and feeds larger than this (bytes, after decompression) are refused, like article files. */
export const MAX_FETCH_BYTES = 10 * 1024 * 1024;
/** Redirects followed before giving up. */
export const MAX_REDIRECTS = 5;
/** A whole fetch, redirects included, must finish within this many milliseconds. */
export const FETCH_TIMEOUT_MS = 20_000;
/** Sent with every request, so site owners can see who fetches and why. */
export const USER_AGENT = 'Verbatim/0.1 (news article reader; fetches only pages its users add)';

/** Content types accepted for each kind of fetch (the media type, parameters ignored). */
const CONTENT_TYPES = {
  page: ['text/html', 'application/xhtml+xml'],
  feed: ['application/rss+xml', 'application/atom+xml', 'application/rdf+xml', 'application/xml', 'text/xml'],
} as const;
const ACCEPT = {
  page: 'text/html,application/xhtml+xml;q=0.9',
  feed: 'application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9',
} as const;

/** One resolved address of a host name. */
export interface ResolvedAddress {
  readonly address: string;
  readonly family: 4 | 6;
}

export interface FetchOptions {
  /** A web page (HTML content types) or a news feed (XML content types). Default page. */
  readonly accept?: 'page' | 'feed';
  /** Fetch from loopback and private addresses too (ALLOW_PRIVATE_URLS); default false. */
  readonly allowPrivate?: boolean;
  /** Resolves a host name to its addresses; default the system resolver. Tests inject one. */
  readonly resolve?: (hostname: string) => Promise<readonly ResolvedAddress[]>;
  /** Why an address must not be fetched from, or undefined; default blockedAddressReason. */
  readonly blockedReason?: (address: string) => string | undefined;
  /** Default FETCH_TIMEOUT_MS. */
  readonly timeoutMs?: number;
  /** Default MAX_FETCH_BYTES. */
  readonly maxBytes?: number;
}

/** A fetched page or feed. */
export interface FetchedPage {
  /** The address the body came from, after redirects. */
  readonly url: string;
  /** The media type, lower case (`text/html`). */
  readonly contentType: string;
  /** The `charset` parameter of the Content-Type header, when there is one. */
  readonly charset: string | undefined;
  readonly body: Buffer;
}

const systemResolve = async (hostname: string): Promise<ResolvedAddress[]> =>
  (await dnsLookup(hostname, { all: true, verbatim: true })).map(({ address, family }) => ({
    address,
    family: family === 6 ? 6 : 4,
  }));

/**
 * Fetches a web page or feed the way a careful crawler does: http(s) only; every host resolved and each of its
 * addresses checked before connecting (loopback, private, link-local, CGNAT, unspecified and metadata addresses
 * refused unless `allowPrivate`), on every redirect; the connection made to the very address checked (no second
 * DNS lookup that could answer differently); at most MAX_REDIRECTS redirects; the whole fetch within
 * `timeoutMs`; the body at most `maxBytes` after decompression; only HTML (or, for feeds, XML) content types.
 * Nothing fetched is ever executed. Throws FetchError with a message for the user.
 */
export async function fetchPage(rawUrl: string, options: FetchOptions = {}): Promise<FetchedPage> {
  const accept = options.accept ?? 'page';
  const deadline = Date.now() + (options.timeoutMs ?? FETCH_TIMEOUT_MS);
  let url = parseHttpUrl(rawUrl);
  for (let redirects = 0; ; redirects++) {
    const address = await checkedAddress(url, options);
    const response = await request(url, address, accept, deadline);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.destroy();
      if (redirects >= MAX_REDIRECTS) {
        throw new FetchError(`${rawUrl} redirects more than ${MAX_REDIRECTS} times (a redirect loop?)`);
      }
      url = parseHttpUrl(new URL(response.headers.location, url).href);
      continue;
    }
    if (status < 200 || status >= 300) {
      response.destroy();
      throw new FetchError(
        `${url.href} answered HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`,
        { transient: status >= 500 || status === 429 },
      );
    }
    const [mediaType = '', ...parameters] = (response.headers['content-type'] ?? '').split(';');
    const contentType = mediaType.trim().toLowerCase();
    if (!(CONTENT_TYPES[accept] as readonly string[]).includes(contentType)) {
      response.destroy();
      throw new FetchError(
        `${url.href} is ${contentType ? `${contentType}` : 'of no stated content type'}, not ${accept === 'page' ? 'a web page (HTML)' : 'a news feed (RSS or Atom XML)'}`,
      );
    }
    const charset = parameters
      .map((parameter) => /^\s*charset\s*=\s*"?([^";\s]+)/i.exec(parameter)?.[1])
      .find((value) => value !== undefined);
    const body = await readBody(response, url, options.maxBytes ?? MAX_FETCH_BYTES, deadline);
    return { url: url.href, contentType, charset, body };
  }
}

function parseHttpUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new FetchError(`${raw} is not a URL`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new FetchError(`${raw} is not an http(s) URL: only web pages can be added`);
  }
  return url;
}

/** The address to connect to for `url`, after checking every address its host resolves to. */
async function checkedAddress(url: URL, options: FetchOptions): Promise<ResolvedAddress> {
  const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
  let addresses: readonly ResolvedAddress[];
  const family = isIP(host);
  if (family !== 0) addresses = [{ address: host, family: family === 6 ? 6 : 4 }];
  else {
    try {
      addresses = await (options.resolve ?? systemResolve)(host);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      // No such name is final; a resolver that failed to answer may answer next time.
      throw new FetchError(`Cannot find ${host} (${code ?? 'DNS lookup failed'})`, {
        transient: code !== 'ENOTFOUND',
      });
    }
  }
  const first = addresses[0];
  if (!first) throw new FetchError(`Cannot find ${host} (no address)`);
  if (!options.allowPrivate) {
    // Every address, not only the one used: a host that also resolves to a private address is refused.
    for (const { address } of addresses) {
      const reason = (options.blockedReason ?? blockedAddressReason)(address);
      if (reason) {
        throw new FetchError(
          `Refused ${url.href}: ${host === address ? '' : `${host} resolves to `}${reason}; set ALLOW_PRIVATE_URLS=true to allow such addresses`,
        );
      }
    }
  }
  return first;
}

/** Sends the request to `address` (the checked one) and resolves with the response's head. */
function request(
  url: URL,
  address: ResolvedAddress,
  accept: 'page' | 'feed',
  deadline: number,
): Promise<IncomingMessage> {
  // Node calls this instead of DNS: the connection goes to the address that was checked, whatever DNS says now.
  const lookup: LookupFunction = (_hostname, lookupOptions, callback) => {
    if (lookupOptions.all) callback(null, [{ address: address.address, family: address.family }]);
    else callback(null, address.address, address.family);
  };
  return new Promise((resolve, reject) => {
    const client = url.protocol === 'https:' ? https : http;
    const req = client.request(url, {
      lookup,
      headers: {
        'user-agent': USER_AGENT,
        accept: ACCEPT[accept],
        'accept-encoding': 'gzip, deflate, br',
        'accept-language': 'en;q=1, *;q=0.5',
      },
      agent: false,
      timeout: Math.max(1, deadline - Date.now()),
    });
    const timer = setTimeout(() => req.destroy(timeoutError(url)), Math.max(0, deadline - Date.now()));
    req.once('timeout', () => req.destroy(timeoutError(url)));
    req.once('response', (response) => {
      clearTimeout(timer);
      resolve(response);
    });
    // `on`, not `once`: a socket can fail again after the first error, and an unheard error would crash.
    req.on('error', (error) => {
      clearTimeout(timer);
      reject(
        error instanceof FetchError
          ? error
          : new FetchError(`Cannot fetch ${url.href} (${describeNetError(error)})`, { transient: true }),
      );
    });
    req.end();
  });
}

/** The body, decompressed, at most `maxBytes`. */
async function readBody(
  response: IncomingMessage,
  url: URL,
  maxBytes: number,
  deadline: number,
): Promise<Buffer> {
  const tooLarge = (): FetchError =>
    new FetchError(`${url.href} is larger than ${Math.round(maxBytes / 1024 / 1024)} MB`);
  const declared = Number(response.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) {
    response.destroy();
    throw tooLarge();
  }
  const encoding = (response.headers['content-encoding'] ?? '').trim().toLowerCase();
  let stream: Readable = response;
  if (encoding === 'gzip' || encoding === 'x-gzip') stream = response.pipe(createGunzip());
  else if (encoding === 'deflate') stream = response.pipe(createInflate());
  else if (encoding === 'br') stream = response.pipe(createBrotliDecompress());
  // pipe() does not pass errors on: a connection that breaks mid-body must end the decompressor too.
  if (stream !== response) response.on('error', (error) => stream.destroy(error));
  const timer = setTimeout(
    () => {
      response.destroy(timeoutError(url));
      stream.destroy(timeoutError(url));
    },
    Math.max(0, deadline - Date.now()),
  );
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const buffer = chunk as Buffer;
      size += buffer.length;
      // Counted after decompression: a small compressed body may expand to gigabytes.
      if (size > maxBytes) {
        response.destroy();
        stream.destroy();
        throw tooLarge();
      }
      chunks.push(buffer);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    throw new FetchError(`Cannot read ${url.href} (${describeNetError(error as Error)})`, {
      transient: true,
    });
  } finally {
    clearTimeout(timer);
  }
  return Buffer.concat(chunks);
}

function timeoutError(url: URL): FetchError {
  return new FetchError(`${url.href} did not answer in time`, { transient: true });
}

function describeNetError(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ECONNREFUSED':
      return 'connection refused';
    case 'ECONNRESET':
      return 'connection reset';
    case 'ETIMEDOUT':
      return 'timed out';
    case 'Z_DATA_ERROR':
      return 'the compressed body is corrupt';
    default:
      return code ?? error.message;
  }
}
