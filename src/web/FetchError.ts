/**
 * Thrown when a page or feed cannot be fetched or is refused: a bad or non-http(s) URL, an address that is not
 * public, a timeout, an HTTP error status, too many redirects, a body over the size limit, a content type that
 * is not a web page (or feed). The message is written for the person who asked to add the URL.
 */
export class FetchError extends Error {
  override readonly name = 'FetchError';
  /**
   * True when trying again later may work (a timeout, a refused connection, a DNS failure, an HTTP 5xx or 429):
   * the feed poller retries such items on its next poll instead of forgetting them.
   */
  readonly transient: boolean;

  constructor(message: string, options: { transient?: boolean } = {}) {
    super(message);
    this.transient = options.transient ?? false;
  }
}
