import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { AddContext } from '../../src/web/addArticle.js';
import { startNewsServer, type NewsServer } from './newsServer.js';
import { tempAddContext } from './webFixtures.js';

/** What a web test reads: valid inside tests and the hooks registered after `useWebFixtures`. */
export interface WebFixtures {
  /** The loopback news server, one for the test file. */
  readonly server: NewsServer;
  /** A fresh add context for each test (see tempAddContext), removed after it. */
  readonly context: AddContext;
  /** The temporary folder holding the context's corpus and cache folders. */
  readonly root: string;
}

/**
 * Registers the hooks the web tests share: one news server for the file, a fresh temporary add context per test
 * (its folder named from `prefix`). After-hooks run in reverse order, so a test file's own afterEach (closing a
 * poller, say) runs before the folder is removed.
 */
export function useWebFixtures(prefix: string): WebFixtures {
  let server: NewsServer | undefined;
  let current: Awaited<ReturnType<typeof tempAddContext>> | undefined;
  beforeAll(async () => {
    server = await startNewsServer();
  });
  afterAll(() => server?.close());
  beforeEach(async () => {
    current = await tempAddContext(prefix);
  });
  afterEach(async () => {
    await current?.cleanup();
    current = undefined;
  });
  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} is only set inside tests and their hooks`);
    return value;
  };
  return {
    get server() {
      return ready(server, 'the news server');
    },
    get context() {
      return ready(current, 'the add context').context;
    },
    get root() {
      return ready(current, 'the add context').root;
    },
  };
}
