import { PARTICLES, SPACE, WORD } from './attributionPatterns.js';
import { isTitle, NOT_NAME, TITLE } from './speakerWords.js';

// People's names as speakerOf.ts shows them: a name without its titles, a key telling people apart, and the
// full name an article gives.

export interface Name {
  readonly name: string;
  readonly words: number;
  /** Whether a title or an affiliation stood before it ("President", "Mr", "BBC's"): a person, surely. */
  readonly titled: boolean;
}

/**
 * The name in a capitalised run, without leading non-name words, titles and affiliations ("BBC's Paul
 * Reynolds" → "Paul Reynolds"); undefined when none is left.
 */
export function nameOf(run: string): Name | undefined {
  let words = run.split(/\s+/);
  // "Olaf Scholz. Scholz said": a full stop ends a sentence unless it ends an initial ("U.S.", "J.") or "Mr.".
  const stop = words.findLastIndex(
    (w, i) =>
      i < words.length - 1 && /\.$/.test(w) && !/^(?:\p{Lu}\.)+$/u.test(w) && !TITLE.has(w.toLowerCase()),
  );
  if (stop >= 0) words = words.slice(stop + 1);
  let from = 0;
  while (from < words.length && NOT_NAME.has((words[from] ?? '').toLowerCase())) from++;
  for (let i = from; i < words.length; i++) {
    const word = words[i] ?? '';
    if (isTitle(word) || (i < words.length - 1 && /['’]s?$/.test(word))) from = i + 1;
  }
  const name = words.slice(from);
  if (name.length === 0 || name.some((w) => isTitle(w) || NOT_NAME.has(w.toLowerCase()))) {
    return undefined;
  }
  const titled = words.slice(0, from).some((w) => isTitle(w) || /['’]s?$/.test(w));
  return { name: name.join(' ').replace(/[.,]$/, ''), words: name.length, titled };
}

/** A person's key for telling people apart: their last name ("Putin" for "Vladimir Putin"). */
export function keyOf(name: string): string {
  const words = name.replace(/['’]s\s.*$/, '').split(/\s+/);
  return `${(words[words.length - 1] ?? '').toLowerCase()}${/spokes/.test(name) ? ' spokes' : ''}`;
}

/** The distinct people among `names`, each by its longest form ("Vladimir Putin" over "Putin"). */
export function distinctPeople(names: readonly string[]): string[] {
  const byKey = new Map<string, string>();
  for (const name of names) {
    const key = keyOf(name);
    const known = byKey.get(key);
    if (known === undefined || name.length > known.length) byKey.set(key, name);
  }
  return [...byKey.values()];
}

/**
 * `name` as the article gives it in full: "Putin" is "Vladimir Putin" when that is the one longer name ending
 * in "Putin" there; unchanged when there is none or several ("Joe Biden" and "Hunter Biden").
 */
export function fullName(text: string, name: string): string {
  // A surname may carry its particle ("de Blasio"): still a surname.
  if (/\s/.test(name.replace(SURNAME_PARTICLES, ''))) return name;
  const forms = new Set<string>();
  for (const at of wordsAt(text, name)) {
    // The capitalised words just before this "Putin", if any: "Russian President Vladimir ".
    const run = FULL_NAME_HEAD.exec(text.slice(Math.max(0, at - 80), at))?.[0];
    const found = run === undefined ? undefined : nameOf(`${run}${name}`);
    if (found && found.words >= 2 && found.name !== name) forms.add(found.name);
  }
  const [only] = forms;
  return forms.size === 1 && only !== undefined ? only : name;
}

/** The particles that open a surname ("de Blasio"), with the space after them. */
const SURNAME_PARTICLES = new RegExp(`^${PARTICLES}`, 'u');

/** Capitalised words ending where a surname starts. */
const FULL_NAME_HEAD = new RegExp(`(?<![\\p{L}\\p{N}'’.-])(?:${WORD}${SPACE}${PARTICLES}){1,5}$`, 'u');

/** Where `word` stands as a whole word in `text` (not inside "McDonald" or "Putinism"). */
export function* wordsAt(text: string, word: string): Generator<number> {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (/[\p{L}\p{N}'’.-]/u.test(text.charAt(at - 1)) || /\p{L}/u.test(text.charAt(at + word.length)))
      continue;
    yield at;
  }
}
