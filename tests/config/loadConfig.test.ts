import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_KEYS, loadConfig, requireSetting } from '../../src/config/loadConfig.js';
import { ConfigError } from '../../src/config/ConfigError.js';

describe('loadConfig', () => {
  it('gives the documented defaults for an empty environment, empty values counting as unset', () => {
    const config = loadConfig({ CORPUS_DIR: '', MIN_CONFIDENCE: '  ' });
    expect(config.CORPUS_DIR).toBe('seeds');
    expect(config.MIN_CONFIDENCE).toBeUndefined();
    expect(config.ASK_COOLDOWN_SECONDS).toBe(3);
    expect(config.DISCORD_TOKEN).toBeUndefined();
  });

  it('reads numbers from strings', () => {
    expect(loadConfig({ MIN_CONFIDENCE: '0.32' }).MIN_CONFIDENCE).toBe(0.32);
  });

  it('names each bad setting and its rule, never its value', () => {
    const attempt = (): unknown =>
      loadConfig({ MIN_CONFIDENCE: '1.5', ASK_COOLDOWN_SECONDS: 'soon', DISCORD_CLIENT_ID: 'secret-ish' });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(/MIN_CONFIDENCE/);
    expect(attempt).toThrow(/ASK_COOLDOWN_SECONDS/);
    expect(attempt).toThrow(/DISCORD_CLIENT_ID: must be a numeric Discord snowflake/);
    expect(attempt).not.toThrow(/secret-ish|soon|1\.5/);
  });

  it('says which required setting is missing', () => {
    expect(() => requireSetting(loadConfig({}), 'DISCORD_TOKEN')).toThrow(/Missing setting DISCORD_TOKEN/);
  });
});

describe('.env.example', () => {
  it('documents every setting, and only those', () => {
    const text = readFileSync(new URL('../../.env.example', import.meta.url), 'utf8');
    const documented = [...text.matchAll(/^([A-Z_]+)=/gm)].map((m) => m[1]);
    expect(documented.sort()).toEqual([...CONFIG_KEYS].sort());
  });
});

describe("README's settings table", () => {
  it('lists every setting, and only those', () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(
      readme.indexOf('## Settings'),
      readme.indexOf('\n## ', readme.indexOf('## Settings') + 1),
    );
    // The first cell of each table row names one or more settings: `CORPUS_DIR`, `DISCORD_TOKEN`, `…`.
    const rows = section.split('\n').filter((line) => /^\| `[A-Z]/.test(line));
    const listed = rows.flatMap((row) =>
      [...(row.split('|')[1] ?? '').matchAll(/`([A-Z_]+)`/g)].map((m) => m[1]),
    );
    expect(listed.sort()).toEqual([...CONFIG_KEYS].sort());
  });
});

describe('loadConfig: web settings', () => {
  it('is off, with no feeds and a 30-minute interval, by default', () => {
    expect(loadConfig({})).toMatchObject({ ALLOW_PRIVATE_URLS: false, FEED_INTERVAL_MINUTES: 30 });
    expect(loadConfig({}).FEEDS).toBeUndefined();
  });

  it('reads ALLOW_PRIVATE_URLS as a boolean and FEEDS as a list of URLs', () => {
    const config = loadConfig({
      ALLOW_PRIVATE_URLS: 'true',
      FEEDS: ' https://a.example/rss , http://b.example/atom.xml,',
    });
    expect(config.ALLOW_PRIVATE_URLS).toBe(true);
    expect(config.FEEDS).toEqual(['https://a.example/rss', 'http://b.example/atom.xml']);
    expect(loadConfig({ ALLOW_PRIVATE_URLS: 'false' }).ALLOW_PRIVATE_URLS).toBe(false);
  });

  it('names a bad web setting without its value', () => {
    const attempt = (): unknown =>
      loadConfig({ ALLOW_PRIVATE_URLS: 'perhaps', FEEDS: 'ftp://x.example/feed' });
    expect(attempt).toThrow(/ALLOW_PRIVATE_URLS/);
    expect(attempt).toThrow(/FEEDS/);
    expect(attempt).not.toThrow(/perhaps|ftp:/);
  });
});
