/**
 * Thrown when a fetched page cannot become an article (it has no article text), a feed is not a feed, or the
 * corpus folder cannot be written. Like FetchError, the message is written for the person who asked.
 */
export class AddError extends Error {
  override readonly name = 'AddError';

  constructor(
    message: string,
    /** What went wrong: only `not-writable` may work on another try. */
    readonly kind: 'no-article' | 'not-a-feed' | 'not-writable',
  ) {
    super(message);
  }
}
