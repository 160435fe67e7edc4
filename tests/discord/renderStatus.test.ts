import { describe, expect, test } from 'vitest';
import { CorpusDirError } from '../../src/corpus/CorpusDirError.js';
import { renderStatus } from '../../src/discord/renderStatus.js';
import { UNEXPECTED_RELOAD_ERROR_TEXT } from '../../src/discord/renderReload.js';
import { fitReply } from '../../src/discord/fitReply.js';
import { expectWithinLimits } from '../support/expectWithinLimits.js';

describe('renderStatus', () => {
  test('shows every figure, and a failing reload with its reason', () => {
    const reply = renderStatus(
      {
        dir: 'seeds',
        articles: 3,
        passages: 50,
        skipped: 1,
        builtAt: 1_000_000,
        buildMs: 41.4,
        rebuilds: 2,
        failures: 1,
        failing: {
          at: 1_000_500,
          reason: 'Cannot read corpus folder seeds',
          userReason: 'Cannot read corpus folder seeds',
          error: new CorpusDirError('Cannot read corpus folder seeds'),
        },
        watching: false,
      },
      {
        now: 1_000_000 + 125_000,
        uptimeSeconds: 7300,
        memory: { heapUsed: 20 * 1024 * 1024, rss: 90 * 1024 * 1024 },
      },
    );
    const fields = Object.fromEntries((reply.embeds?.[0]?.fields ?? []).map((f) => [f.name, f.value]));
    expect(fields).toMatchObject({
      Articles: '3',
      Passages: '50',
      'Skipped files': '1',
      'Index age': '2 min 5 s',
      'Last build': '41 ms',
      Reloads: '2 (1 failed)',
      Uptime: '2 h 1 min',
      Memory: '20.0 MB heap, 90.0 MB resident',
      Watching: 'no',
    });
    expect(fields['Last reload failed']).toContain('Cannot read corpus folder seeds');
    expectWithinLimits(fitReply(reply));
  });

  test('a failing reload with an unexpected error shows no message of it', () => {
    const error = new Error('EMFILE: too many open files, open /srv/secret/path');
    const reply = renderStatus(
      {
        dir: 'seeds',
        articles: 3,
        passages: 50,
        skipped: 0,
        builtAt: 0,
        buildMs: 10,
        rebuilds: 0,
        failures: 1,
        failing: { at: 0, reason: error.message, userReason: undefined, error },
        watching: true,
      },
      { now: 0, uptimeSeconds: 1, memory: { heapUsed: 0, rss: 0 } },
    );
    const failed = reply.embeds?.[0]?.fields?.find((f) => f.name === 'Last reload failed')?.value;
    expect(failed).toContain(UNEXPECTED_RELOAD_ERROR_TEXT);
    expect(failed).not.toContain('EMFILE');
  });
});
