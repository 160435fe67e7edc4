import { ButtonStyle, ComponentType } from 'discord.js';
import type { APIEmbed } from 'discord.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_CONTENT_LENGTH, MAX_EMBEDS_TOTAL_LENGTH } from '../../src/discord/limits.js';
import type { ButtonRow } from '../../src/discord/Reply.js';
import { embedLength, fitChoices, fitReply } from '../../src/discord/fitReply.js';
import { expectWithinLimits } from '../support/expectWithinLimits.js';

const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });

const embed: fc.Arbitrary<APIEmbed> = fc.record(
  {
    title: text(400),
    description: text(6000),
    url: fc.oneof(fc.webUrl(), fc.string()),
    footer: fc.record({ text: text(3000) }),
    author: fc.record({ name: text(400) }),
    fields: fc.array(fc.record({ name: text(400), value: text(1500) }), { maxLength: 30 }),
  },
  { requiredKeys: [] },
);

const buttonRow = (row: number): fc.Arbitrary<ButtonRow> =>
  fc.array(text(120), { maxLength: 7 }).map((labels) => ({
    type: ComponentType.ActionRow,
    components: labels.map((label, i) => ({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label,
      custom_id: `test:${row}:${i}`,
    })),
  }));

describe('fitReply', () => {
  test('any payload comes out within every limit, pinging no one', () => {
    fc.assert(
      fc.property(
        fc.record({
          content: fc.option(text(5000), { nil: undefined }),
          embeds: fc.array(embed, { maxLength: 12 }),
          components: fc.tuple(...[0, 1, 2, 3, 4, 5, 6].map(buttonRow)).chain((rows) => fc.subarray(rows)),
          ephemeral: fc.boolean(),
        }),
        (reply) => expectWithinLimits(fitReply(reply)),
      ),
      { numRuns: 200 },
    );
  });

  test('shortens content to 2,000 characters ending in "…"', () => {
    const { content } = fitReply({ content: 'x'.repeat(2500) });
    expect(content).toHaveLength(MAX_CONTENT_LENGTH);
    expect(content.endsWith('…')).toBe(true);
  });

  test('keeps the 6,000 total by shortening, then dropping, the later embeds', () => {
    const big = { description: 'y'.repeat(4000) };
    const { embeds } = fitReply({ embeds: [big, big, big] });
    expect(embeds).toHaveLength(2);
    expect(embeds.reduce((sum, e) => sum + embedLength(e), 0)).toBe(MAX_EMBEDS_TOTAL_LENGTH);
  });

  test('drops embed URLs Discord would refuse', () => {
    expect(fitReply({ embeds: [{ title: 't', url: 'javascript:alert(1)' }] }).embeds[0]?.url).toBeUndefined();
    expect(fitReply({ embeds: [{ title: 't', url: 'https://e.com/a' }] }).embeds[0]?.url).toBe(
      'https://e.com/a',
    );
  });

  test('never sends an empty message', () => {
    expect(fitReply({}).content).toBe('(nothing to show)');
  });

  test('refuses custom ids that are too long or repeated, which shortening cannot fix', () => {
    const row = (ids: string[]): ButtonRow => ({
      type: ComponentType.ActionRow,
      components: ids.map((custom_id) => ({
        type: ComponentType.Button,
        style: ButtonStyle.Primary,
        custom_id,
      })),
    });
    expect(() => fitReply({ content: 'x', components: [row(['a'.repeat(101)])] })).toThrow(/custom_id/);
    expect(() => fitReply({ content: 'x', components: [row(['a', 'a'])] })).toThrow(/unique/);
    expect(() => fitReply({ content: 'x', components: [row(['a'.repeat(100)])] })).not.toThrow();
  });
});

describe('fitChoices', () => {
  test('at most 25 choices, names shortened to 100, values longer than 100 dropped', () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({
      name: 'n'.repeat(150),
      value: i === 0 ? 'v'.repeat(101) : `v${i}`,
    }));
    const fitted = fitChoices(choices);
    expect(fitted).toHaveLength(25);
    expect(fitted[0]).toEqual({ name: `${'n'.repeat(99)}…`, value: 'v1' });
  });
});
