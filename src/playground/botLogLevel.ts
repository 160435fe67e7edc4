import type { LogLevel } from '../config/loadConfig.js';
import { RANK } from '../log/Logger.js';

/**
 * LOG_LEVEL for the bot process the playground runs: the user's, but never above info, because the page
 * reads the bot's info lines ("Verbatim is online" for the bot's state, "Corpus …" for the articles panel);
 * at warn the page would say "bot starting" for good. What the terminal shows is filtered back to the
 * user's level by shownLines.
 */
export function botLogLevel(userLevel: LogLevel): LogLevel {
  return RANK[userLevel] < RANK.info ? userLevel : 'info';
}

/** A bot log line's level: `2026-11-30T12:00:00.000Z WARN  message …`. */
const LEVEL_OF_LINE = /^\S+ +(DEBUG|INFO|WARN|ERROR) /;

/**
 * A filter for the bot's output lines that keeps those at or above `userLevel`. A line with no level of its
 * own (a stack trace, the second line of a discord.js debug message) goes with the line before it; the
 * playground's own notes (no level, first) are always shown.
 */
export function shownLines(userLevel: LogLevel): (line: string) => boolean {
  let shown = true;
  return (line) => {
    const level = LEVEL_OF_LINE.exec(line)?.[1];
    if (level !== undefined) shown = RANK[level.toLowerCase() as LogLevel] >= RANK[userLevel];
    else if (!/^\s/.test(line)) shown = true;
    return shown;
  };
}
