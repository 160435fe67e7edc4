// The Engine contract (Engine.ts): the core never imports discord.js and never touches the network.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/fixtureCorpus.js';

const CORE_FOLDERS = ['corpus', 'passages', 'index', 'answer', 'engine', 'eval', 'cli', 'config'];
const FORBIDDEN: readonly [string, RegExp][] = [
  [
    'discord.js',
    /from\s+['"]discord\.js['"]|import\(\s*['"]discord\.js['"]\s*\)|require\(\s*['"]discord\.js['"]\s*\)/,
  ],
  ['@discordjs', /['"]@discordjs\//],
  ['a network module', /['"](?:node:)?(?:http|https|http2|net|tls|dgram|dns)['"]/],
  ['fetch', /\bfetch\s*\(/],
  ['WebSocket', /\bWebSocket\b|['"]ws['"]/],
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.[cm]?ts$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

const files = CORE_FOLDERS.flatMap((folder) => sourceFiles(path.join(REPO_ROOT, 'src', folder)));

describe('core isolation', () => {
  it('scans the core folders (a scan of nothing would prove nothing)', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith(path.join('answer', 'answer.ts')))).toBe(true);
    expect(files.some((f) => f.includes(`${path.sep}squad${path.sep}`))).toBe(true);
  });

  it.each(FORBIDDEN)('imports no %s', (_name, pattern) => {
    const offenders = files
      .filter((f) => pattern.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(REPO_ROOT, f));
    expect(offenders).toEqual([]);
  });

  it('would notice an import of discord.js', () => {
    const [, pattern] = FORBIDDEN[0] ?? ['', /$^/];
    expect(pattern.test(`import { Client } from 'discord.js';`)).toBe(true);
    expect(FORBIDDEN[2]?.[1].test(`import http from 'node:http';`)).toBe(true);
  });
});
