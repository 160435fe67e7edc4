import { readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';

/**
 * Reads `.env` from the working directory into `process.env` when the file exists; variables already set
 * in the environment win. A missing file is normal (settings may come from the environment alone); any
 * other problem reading it (unreadable, a directory) is thrown.
 *
 * Returns a warning for each line that is not a setting (Node ignores such lines silently, so a typo such as
 * `CORPUS_DIR: news` would otherwise leave the default in place without a word). A warning names the line
 * number, never the line: it may hold a token.
 */
export function loadDotEnv(path = '.env'): string[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  process.loadEnvFile(path);
  return findBadDotEnvLines(text).map(({ line, reason }) => `${path} line ${line} ${reason}; it was ignored`);
}

/** `KEY=value`, `KEY = value`: the start of a line that is meant as a setting; group 1 is the key. */
const SETTING = /^\s*(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*(.*)$/;

/** A `.env` line that sets nothing: its 1-based number and why. */
export interface BadDotEnvLine {
  readonly line: number;
  readonly reason: string;
}

/**
 * The lines of a `.env` text that set nothing: not blank, not a `#` comment, and either not `KEY=value` or a
 * setting Node's own parser does not read: Node joins a line that is not a setting to the line after it, so the
 * setting below a bad line is lost as well. Lines
 * inside a quoted value that spans lines are part of it. Reasons name keys, never values (they may be tokens).
 */
export function findBadDotEnvLines(text: string): BadDotEnvLine[] {
  const read = parseEnv(text);
  const bad: BadDotEnvLine[] = [];
  const lines = text.split(/\r?\n/);
  let previousBad = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    const setting = SETTING.exec(line);
    const key = setting?.[1];
    if (!key) bad.push({ line: i + 1, reason: 'is not a KEY=value setting' });
    else if (!Object.hasOwn(read, key)) {
      const why = previousBad ? 'the bad line above it runs into it' : 'Node cannot read it';
      bad.push({ line: i + 1, reason: `sets ${key}, but ${why}` });
    }
    previousBad = !key || !Object.hasOwn(read, key);
    // A value opened with a quote that does not close on this line goes on until the line that closes it.
    const value = setting?.[2] ?? '';
    const quote = value[0];
    if ((quote === '"' || quote === "'" || quote === '`') && !value.slice(1).includes(quote)) {
      const closing = lines.findIndex((later, j) => j > i && later.includes(quote));
      if (closing !== -1) i = closing;
    }
  }
  return bad;
}
