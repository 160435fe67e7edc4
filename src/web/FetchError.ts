/**
 * Thrown when a page or feed cannot be fetched or is refused: a bad or non-http(s) URL, an address that is not
 * public, a timeout, an HTTP error status, too many redirects, a body over the size limit, a content type that
 * is not a web page (or feed). The message is written for the person who asked to add the URL.
 */
export class FetchError extends Error {
  override readonly name = 'FetchError';
}
