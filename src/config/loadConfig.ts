// zod's smaller build (zod/mini, with its English messages): the full one is 600 kB that every `npm run ask`
// loaded for a dozen settings, some 40 ms of each start.
import en from 'zod/v4/locales/en.js';
import * as z from 'zod/mini';
import { ConfigError } from './ConfigError.js';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;

/**
 * Every setting Verbatim reads from the environment. `.env.example` documents each one; keep them in step.
 * Discord settings are optional here because the CLI does not need them; the bot and the deploy script
 * check the ones they need with `requireSetting`.
 */
z.config(en());

const ConfigSchema = z.object({
  DISCORD_TOKEN: z.optional(z.string().check(z.minLength(1))),
  DISCORD_CLIENT_ID: z.optional(
    z.string().check(z.regex(/^\d{5,30}$/, 'must be a numeric Discord snowflake')),
  ),
  DISCORD_GUILD_ID: z.optional(
    z.string().check(z.regex(/^\d{5,30}$/, 'must be a numeric Discord snowflake')),
  ),
  /** REST base URL handed to discord.js as `rest.api`; default Discord's own. */
  DISCORD_API_URL: z.optional(z.url()),
  /** Folder of articles (.txt, .md, .html, .htm), read recursively. */
  CORPUS_DIR: z._default(z.string().check(z.minLength(1)), 'seeds'),
  /** Folder for persisted indexes, outside the corpus so a read-only corpus works. */
  INDEX_CACHE_DIR: z._default(z.string().check(z.minLength(1)), '.cache/index'),
  LOG_LEVEL: z._default(z.enum(LOG_LEVELS), 'info'),
  /** Per-user cooldown between questions, in seconds (0 turns it off). */
  ASK_COOLDOWN_SECONDS: z._default(z.coerce.number().check(z.minimum(0), z.maximum(3600)), 3),
  /**
   * How sure the engine must be that the articles answer a question before it quotes them, 0 to 1. Higher
   * declines more unanswerable questions and more answerable ones. Unset: the engine's default, which belongs
   * with its fitted model (data/fitted-model.json, read by src/answer/confidence.ts), so config stays below the core.
   */
  MIN_CONFIDENCE: z.optional(z.coerce.number().check(z.minimum(0), z.maximum(1))),
  /** Port of `npm run playground`'s page on 127.0.0.1; unset or 0: any free port (printed). */
  PLAYGROUND_PORT: z.optional(z.coerce.number().check(z.int(), z.minimum(0), z.maximum(65535))),
  /**
   * Let `npm run add`, `/add` and FEEDS fetch from loopback, private, link-local and other non-public addresses
   * (true/false; default false). Only for a trusted local news server or tests: it lets a user reach the bot's
   * own network.
   */
  ALLOW_PRIVATE_URLS: z._default(z.stringbool(), false),
  /** News feeds (RSS or Atom URLs, comma-separated) the bot polls for new articles; unset: none. */
  FEEDS: z.optional(
    z.pipe(
      z.pipe(
        z.string(),
        z.transform((value: string) =>
          value
            .split(',')
            .map((url) => url.trim())
            .filter(Boolean),
        ),
      ),
      z.array(z.url({ protocol: /^https?$/, error: 'must be comma-separated http(s) URLs' })),
    ),
  ),
  /** Minutes between two polls of FEEDS, 1 to 10080 (a week). */
  FEED_INTERVAL_MINUTES: z._default(z.coerce.number().check(z.minimum(1), z.maximum(10_080)), 30),
});

export type Config = z.infer<typeof ConfigSchema>;

/** The names of every setting (for checking that `.env.example` documents each one). */
export const CONFIG_KEYS = Object.keys(ConfigSchema.shape) as (keyof Config)[];
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * Validates the environment once. Empty strings count as unset (a `.env` line `DISCORD_GUILD_ID=`).
 * Takes the environment as an argument so tests pass plain objects instead of mutating `process.env`.
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Config {
  const cleaned: Record<string, string> = {};
  for (const key of Object.keys(ConfigSchema.shape)) {
    const value = env[key]?.trim();
    if (value) cleaned[key] = value;
  }
  const parsed = ConfigSchema.safeParse(cleaned);
  if (!parsed.success) {
    // Name the variable and the rule only: a value might be a secret.
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return parsed.data;
}

/** Returns a setting the caller cannot work without, or throws a ConfigError naming it. */
export function requireSetting<K extends keyof Config>(config: Config, key: K): NonNullable<Config[K]> {
  const value = config[key];
  if (value === undefined || value === null) {
    throw new ConfigError(`Missing setting ${String(key)}: set it in the environment or in .env`);
  }
  return value;
}
