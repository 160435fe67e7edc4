import type { LogLevel } from '../config/loadConfig.js';

/** Structured context printed after a log message (`key=value` as JSON). */
export type LogContext = Readonly<Record<string, unknown>>;

/** Where the bot reports what it does. Never given secrets in plain form: see `createLogger`. */
export interface Logger {
  debug(message: string, context?: LogContext): void;
  info(message: string, context?: LogContext): void;
  warn(message: string, context?: LogContext): void;
  error(message: string, context?: LogContext): void;
}

/** Order of the levels: a logger prints the messages at or above its own. */
export const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

export interface LoggerOptions {
  /** Lowest level printed (default 'info'); 'silent' prints nothing. */
  readonly level?: LogLevel;
  /** Strings never printed, replaced by "[redacted]" wherever they appear (the bot token). */
  readonly secrets?: readonly (string | undefined)[];
  /** Receives each finished line (default: stderr, so stdout stays free for the CLI's output). */
  readonly write?: (line: string) => void;
}

/** Interaction and webhook tokens appear in REST paths of errors; they authorise replies for 15 minutes. */
const TOKEN_IN_PATH = /\/(interactions\/\d+|webhooks\/\d+)\/[\w.-]{20,}/g;

function describe(value: unknown): unknown {
  if (value instanceof Error) {
    return {
      name: value.name,
      message: value.message,
      stack: value.stack?.split('\n').slice(0, 6).join(' | '),
    };
  }
  return value;
}

/**
 * A leveled logger writing one line per message: `time LEVEL message {context}`. Every line is scrubbed of
 * the given secrets and of interaction tokens before it is written.
 */
export function createLogger(options: LoggerOptions = {}): Logger {
  const threshold = RANK[options.level ?? 'info'];
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length >= 8);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const log = (level: Exclude<LogLevel, 'silent'>, message: string, context?: LogContext): void => {
    if (RANK[level] < threshold) return;
    let line = `${new Date().toISOString()} ${level.toUpperCase().padEnd(5)} ${message}`;
    if (context && Object.keys(context).length > 0) {
      const described = Object.fromEntries(
        Object.entries(context).map(([key, value]) => [key, describe(value)]),
      );
      try {
        line += ` ${JSON.stringify(described)}`;
      } catch {
        line += ' [unprintable context]';
      }
    }
    for (const secret of secrets) line = line.split(secret).join('[redacted]');
    write(line.replace(TOKEN_IN_PATH, '/$1/[token]'));
  };
  return {
    debug: (message, context) => log('debug', message, context),
    info: (message, context) => log('info', message, context),
    warn: (message, context) => log('warn', message, context),
    error: (message, context) => log('error', message, context),
  };
}
