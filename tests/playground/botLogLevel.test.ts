import { describe, expect, it } from 'vitest';
import { botLogLevel, shownLines } from '../../src/playground/botLogLevel.js';

describe('the bot process log level under the playground', () => {
  it('logs at least the info lines the page reads, whatever LOG_LEVEL the user set', () => {
    // The page learns that the bot is online and that the corpus loaded from info lines: at warn it stayed
    // "bot starting" with "Index: loading…" for good.
    expect(botLogLevel('warn')).toBe('info');
    expect(botLogLevel('error')).toBe('info');
    expect(botLogLevel('silent')).toBe('info');
    expect(botLogLevel('info')).toBe('info');
    expect(botLogLevel('debug')).toBe('debug');
  });

  it("echoes to the terminal only the lines at or above the user's level, with their continuation lines", () => {
    const shown = shownLines('warn');
    const lines = [
      '2026-12-02T01:57:58.164Z WARN  Read sport/199.txt as Latin-1: it is not valid UTF-8',
      '2026-12-02T01:57:58.542Z INFO  Corpus loaded {"articles":2092}',
      '2026-12-02T01:57:58.806Z DEBUG [WS => Manager] Fetched Gateway Information',
      '\tURL: ws://127.0.0.1:34055/gateway',
      '2026-12-02T01:57:59.000Z ERROR Failed to answer {"id":"1"}',
      '    at stack line',
      'bot process exited (code 1)',
    ];
    expect(lines.filter(shown)).toEqual([lines[0], lines[4], lines[5], lines[6]]);
  });

  it('echoes nothing from the bot at silent but its exit', () => {
    const shown = shownLines('silent');
    expect(shown('2026-12-02T01:57:59.000Z ERROR Failed')).toBe(false);
    expect(shown('bot process exited (code 1)')).toBe(true);
  });
});
