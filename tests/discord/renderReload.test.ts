import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { CorpusDirError } from '../../src/corpus/CorpusDirError.js';
import type { RebuildOutcome } from '../../src/engine/LiveEngine.js';
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
