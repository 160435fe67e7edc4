import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { tempDir } from './fixtureCorpus.js';

/** A temporary folder registered with `useTempDir`: `dir` is valid inside tests and later-registered hooks. */
export interface TempDir {
  readonly dir: string;
}

/**
 * Registers hooks that make a fresh temporary folder (named from `prefix`) before each test, or once before the
 * file's tests with `scope` 'file', and remove it after. Hooks registered later run after it is made and, as
 * after-hooks run in reverse order, before it is removed.
 */
export function useTempDir(prefix: string, scope: 'test' | 'file' = 'test'): TempDir {
  let current: Awaited<ReturnType<typeof tempDir>> | undefined;
  const make = async (): Promise<void> => {
    current = await tempDir(prefix);
  };
  const remove = async (): Promise<void> => {
    await current?.cleanup();
    current = undefined;
  };
  if (scope === 'test') {
    beforeEach(make);
    afterEach(remove);
  } else {
    beforeAll(make);
    afterAll(remove);
  }
  return {
    get dir() {
      if (!current) throw new Error(`the ${prefix}* folder exists only inside tests and their hooks`);
      return current.dir;
    },
  };
}
