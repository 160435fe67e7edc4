import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CorpusDirError } from '../../src/corpus/CorpusDirError.js';
import type { RebuildOutcome } from '../../src/engine/LiveEngine.js';
import { renderStatus } from '../../src/discord/renderStatus.js';
import { formatDuration, formatMs } from '../../src/discord/formatTime.js';
import {
  RELOAD_LIST_MAX,
  renderReload,
  UNEXPECTED_RELOAD_ERROR_TEXT,
} from '../../src/discord/renderReload.js';
import { fitReply } from '../../src/discord/fitReply.js';
import { expectWithinLimits } from '../support/expectWithinLimits.js';

const awkward = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 300 }),
  fc.constantFrom('@everyone', '<@&123>', '**bold**', 'a`b', 'x'.repeat(2000), '\n> quote'),
);
const ids = fc.array(awkward, { maxLength: 600 });

const outcome: fc.Arbitrary<RebuildOutcome> = fc.oneof(
  fc.record({
    kind: fc.constant('rebuilt' as const),
    cause: fc.constantFrom('change' as const, 'reload' as const, 'retry' as const),
    diff: fc.record({
      added: ids,
      updated: ids,
      removed: ids,
      skipped: fc.array(fc.record({ path: awkward, reason: awkward }), { maxLength: 300 }),
    }),
    articles: fc.nat(),
    passages: fc.nat(),
    buildMs: fc.double({ min: 0, max: 1e7, noNaN: true }),
  }),
  fc.record({
    kind: fc.constant('failed' as const),
    cause: fc.constantFrom('change' as const, 'reload' as const, 'retry' as const),
    reason: awkward,
    userReason: fc.option(awkward, { nil: undefined }),
    error: fc.oneof(
      awkward.map((message) => new CorpusDirError(message)),
      awkward.map((message) => new Error(message)),
    ),
    repeated: fc.boolean(),
  }),
);

describe('renderReload', () => {
  test('any outcome renders privately, within every limit, pinging no one', () => {
    fc.assert(
      fc.property(outcome, (o) => {
        const reply = renderReload(o);
        expect(reply.ephemeral).toBe(true);
        expectWithinLimits(fitReply(reply));
      }),
      { numRuns: 150 },
    );
  });

  test('lists the changes by id, counts the rest, and gives each skipped file its reason', () => {
    const added = Array.from({ length: RELOAD_LIST_MAX + 5 }, (_, i) => `new/${i}`);
    const reply = renderReload({
      kind: 'rebuilt',
      cause: 'reload',
      diff: {
        added,
        updated: ['zebra'],
        removed: [],
        skipped: [{ path: 'photo.txt', reason: 'binary file' }],
      },
      articles: 40,
      passages: 400,
      buildMs: 1234,
    });
    const description = reply.embeds?.[0]?.description ?? '';
    expect(description).toContain('40 articles, 400 passages, built in 1.2 s.');
    expect(description).toContain(`**Added (${RELOAD_LIST_MAX + 5}):** \`new/0\``);
    expect(description).toContain('… and 5 more');
    expect(description).toContain('**Updated (1):** `zebra`');
    expect(description).not.toContain('Removed');
    expect(description).toContain('`photo.txt`: binary file');
  });

  test('a failure says why and that the old articles still answer', () => {
    const reason = 'Cannot read corpus folder /x: gone';
    const reply = renderReload({
      kind: 'failed',
      cause: 'reload',
      reason,
      userReason: reason,
      error: new CorpusDirError(reason),
      repeated: false,
    });
    expect(reply.content).toBe(
      '**Reload failed:** Cannot read corpus folder /x: gone\nI keep answering from the articles I had.',
    );
  });

  test('an unexpected error is not shown to users, only that there was one and where to look', () => {
    // A bug's message may name internal paths or code; only CorpusDirError messages are written for people.
    const error = new TypeError("Cannot read properties of undefined (reading 'text') at /srv/bot/src/x.ts");
    const reply = renderReload({
      kind: 'failed',
      cause: 'change',
      reason: error.message,
      userReason: undefined,
      error,
      repeated: false,
    });
    expect(reply.content).toBe(
      `**Reload failed:** ${UNEXPECTED_RELOAD_ERROR_TEXT}\nI keep answering from the articles I had.`,
    );
  });
});

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

  test('durations and times read naturally', () => {
    expect([formatMs(850.4), formatMs(2400)]).toEqual(['850 ms', '2.4 s']);
    expect([42, 303, 11_520, 187_200].map(formatDuration)).toEqual([
      '42 s',
      '5 min 3 s',
      '3 h 12 min',
      '2 d 4 h',
    ]);
  });
});
