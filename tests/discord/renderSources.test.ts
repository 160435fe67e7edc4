import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { renderSourcesPage } from '../../src/discord/renderSources.js';
import { fitReply } from '../../src/discord/fitReply.js';
import { article } from '../support/discordArbitraries.js';
import { expectWithinLimits } from '../support/expectWithinLimits.js';

describe('renderSourcesPage', () => {
  test('any list of articles pages within the limits, with unique short custom ids', () => {
    fc.assert(
      fc.property(
        fc.array(article, { maxLength: 40 }),
        fc.integer({ min: -3, max: 50 }),
        fc.integer({ min: 1, max: 25 }),
        (articles, page, size) => {
          expectWithinLimits(fitReply(renderSourcesPage(articles, page, size)));
        },
      ),
      { numRuns: 150 },
    );
  });

  test('pages carry their number in the Next/Previous custom ids', () => {
    const articles = Array.from({ length: 5 }, (_, i) => ({
      id: `a${i}`,
      path: `a${i}.txt`,
      title: `Title ${i}`,
      date: null,
      url: null,
      text: 'text',
      bodyStart: 0,
      encoding: 'utf-8' as const,
      duplicateIds: [],
    }));
    const reply = renderSourcesPage(articles, 2, 2);
    expect(reply.embeds?.[0]?.description).toBe(
      '3\\. **Title 2** — undated — `a2`\n4\\. **Title 3** — undated — `a3`',
    );
    expect(reply.components?.[0]?.components.map((b) => [b.custom_id, b.disabled])).toEqual([
      ['sources:1', false],
      ['sources:3', false],
    ]);
  });
});
