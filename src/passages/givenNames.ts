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
 * Entries of the list that, capitalised before another capitalised word in news, begin the name of a place, a
 * party, a team, a brand or a work far more often than a person's (each of these is in the list): compass points
 * ("North Korea", "West Ham"), Romance articles ("La Manga", "El Salvador", "Del Amitri") and English words
 * ("Lib Dems", "Star Wars", "Carling Cup", "Sky One", "Man Utd", "My Left Foot"). Over the BBC News corpus these
 * were read as people's names some 450 times, a person's in a handful ("Joy", "Law" are surnames too; a title or
 * "said" still tells).
 */
const NOT_A_GIVEN_NAME = new Set(
  'North West La El Del My Star Royal Sky Red Happy Joy Carry Man Lib Tory Brit Law Land Carling'.split(' '),
);

/**
 * The given names of GIVEN_NAMES_FILE as written there ("Andy", "Catalina"), read on first use (some 8,400
 * names, about a millisecond): building an index or its fingerprint, and the first "who" question's person
 * fit (isPersonName) read them.
 */
export function givenNames(): ReadonlySet<string> {
  names ??= new Set(
    readFileSync(GIVEN_NAMES_FILE, 'utf8')
      .split(/\r?\n/)
      .filter((line) => line !== '' && !line.startsWith('#') && !NOT_A_GIVEN_NAME.has(line)),
  );
  return names;
}
