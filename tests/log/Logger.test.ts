import { describe, expect, test } from 'vitest';
import { createLogger } from '../../src/log/Logger.js';

describe('createLogger', () => {
  test('prints nothing below its level', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'warn', write: (line) => lines.push(line) });
    logger.info('hidden');
    logger.warn('shown', { n: 1 });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/ WARN {2}shown \{"n":1\}$/);
  });

  test('never prints the token or interaction tokens, even inside errors', () => {
    const token = 'MTEw.secret-bot-token.value';
    const lines: string[] = [];
    const logger = createLogger({ level: 'debug', secrets: [token], write: (line) => lines.push(line) });
    logger.error('failed', {
      error: new Error(`bad ${token}`),
      url: 'https://discord.com/api/v10/interactions/123/aW50ZXJhY3Rpb246MTIzOnNlY3JldA/callback',
    });
    expect(lines[0]).not.toContain(token);
    expect(lines[0]).not.toContain('aW50ZXJhY3Rpb246MTIzOnNlY3JldA');
    expect(lines[0]).toContain('[redacted]');
    expect(lines[0]).toContain('/interactions/123/[token]/callback');
  });

  test('silent prints nothing', () => {
    const lines: string[] = [];
    createLogger({ level: 'silent', write: (line) => lines.push(line) }).error('x');
    expect(lines).toEqual([]);
  });
});
