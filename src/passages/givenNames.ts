import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The list of given names that a name starting with one is read as a person's by (see tagEntities.ts). Its
 * words are in the saved tags: after changing it, bump INDEX_FORMAT_VERSION (indexFingerprint.ts) unless the
 * fingerprint's probe ("Andy Scott") shows the change.
 */
export const GIVEN_NAMES_FILE = fileURLToPath(new URL('../../data/given-names.txt', import.meta.url));

let names: ReadonlySet<string> | undefined;

/**
 * The given names of GIVEN_NAMES_FILE as written there ("Andy", "Catalina"), read on first use (some 8,400
 * names, about a millisecond): only building an index tags sentences, so a warm start never reads them.
 */
export function givenNames(): ReadonlySet<string> {
  names ??= new Set(
    readFileSync(GIVEN_NAMES_FILE, 'utf8')
      .split('\n')
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return names;
}
