import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * The list of given names that a name starting with one is read as a person's by (see tagEntities.ts). The
 * saved tags depend on it, so the index fingerprint includes the list itself (indexFingerprint.ts), and the
 * compiled build goes stale when it changes (scripts/build.mjs).
 */
export const GIVEN_NAMES_FILE = fileURLToPath(new URL('../../data/given-names.txt', import.meta.url));

let names: ReadonlySet<string> | undefined;

/**
 * The given names of GIVEN_NAMES_FILE as written there ("Andy", "Catalina"), read on first use (some 8,400
 * names, about a millisecond): building an index or its fingerprint, and the first "who" question's person
 * fit (isPersonName) read them.
 */
export function givenNames(): ReadonlySet<string> {
  names ??= new Set(
    readFileSync(GIVEN_NAMES_FILE, 'utf8')
      .split(/\r?\n/)
      .filter((line) => line !== '' && !line.startsWith('#')),
  );
  return names;
}
