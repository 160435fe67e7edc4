import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Engine } from '../../src/engine/Engine.js';
import { loadEngine } from '../../src/engine/loadEngine.js';
import { NO_ANSWER_TEXT, renderAnswer } from '../../src/discord/renderAnswer.js';
import { fitReply } from '../../src/discord/fitReply.js';
import { answer, awkwardText, urlLookup } from '../support/discordArbitraries.js';
import { excerptOf, foundAnswer } from '../support/excerptOf.js';
import { expectWithinLimits } from '../support/expectWithinLimits.js';
import { quotedText } from '../support/plainText.js';

describe('renderAnswer', () => {
  test('names the other articles that say the same in the same words', () => {
    const quote = 'The ferry will stop on Monday.';
    const rendered = renderAnswer(foundAnswer(excerptOf(quote, { alsoIn: ['news/007', 'news/009'] })));
    expect(rendered.embeds?.[0]?.description).toContain('· also in `news/007`, `news/009`');
  });

  test('any answer renders within every Discord limit and pings no one', () => {
    fc.assert(
      fc.property(answer(10), urlLookup, fc.boolean(), (result, url, ephemeral) => {
        expectWithinLimits(fitReply(renderAnswer(result, { ephemeral, lookup: () => ({ url }) })));
      }),
      { numRuns: 300 },
    );
  });

  test('for up to three excerpts the renderer itself fits, so nothing is cut after it, and each quote is verbatim', () => {
    fc.assert(
      fc.property(answer(3), urlLookup, (result, url) => {
        const rendered = renderAnswer(result, { lookup: () => ({ url }) });
        expect(fitReply(rendered).embeds).toEqual(rendered.embeds ?? []);
        if (result.kind !== 'found') return;
        result.excerpts.forEach((e, i) => {
          let shown = quotedText(rendered.embeds?.[i]?.description ?? '');
          // A side cut from its sentence starts (or ends) with "…", outside the article's characters.
          if (e.cut?.before) {
            expect(shown.startsWith('…')).toBe(true);
            shown = shown.slice(1);
          }
          const quote = e.quote.replace(/\r\n/g, '\n');
          const whole = e.cut?.after ? `${quote}…` : quote;
          expect(shown === whole || (shown.endsWith('…') && whole.startsWith(shown.slice(0, -1)))).toBe(true);
        });
      }),
      { numRuns: 300 },
    );
  });

  test('found: one embed per excerpt, quote block then "— title · date · `id`", title linked to the URL', () => {
    const reply = renderAnswer(
      foundAnswer(
        excerptOf('Russia had assembled some 150,000 troops.', {
          sourceId: 'news/004',
          title: 'Biden *speaks*',
          matchedTerms: ['troop'],
          highlights: [{ start: 34, end: 40 }],
        }),
      ),
      { lookup: () => ({ url: 'https://example.com/biden' }) },
    );
    expect(reply.embeds?.[0]?.description).toBe(
      '> Russia had assembled some 150,000 **troops**.\n— [**Biden \\*speaks\\***](https://example.com/biden) · undated · `news/004`',
    );
    expect(reply.ephemeral).toBe(false);
  });

  test('the speaker comes first when the article names one, escaped like other article text: "— X, in title · …"', () => {
    const quote = 'A number of his ideas are possible as a basis for further steps.';
    const reply = renderAnswer(
      foundAnswer(
        excerptOf(quote, {
          sourceId: 'news/000',
          title: 'Talks in Moscow',
          date: '2022-02-08',
          speaker: 'Vladimir *Putin*',
        }),
      ),
    );
    expect(reply.embeds?.[0]?.description?.split('\n').at(-1)).toBe(
      '— Vladimir \\*Putin\\*, in **Talks in Moscow** · 2022-02-08 · `news/000`',
    );
  });

  test('a quote cut from a longer sentence shows "…" on each cut side, matched words still bold', () => {
    const quote = 'the talks in Moscow ended without agreement';
    const excerpt = excerptOf(quote, {
      sourceId: 'news/007',
      title: 'Talks',
      date: '2022-02-08',
      start: 120,
      matchedTerms: ['moscow'],
      highlights: [{ start: 13, end: 19 }],
    });
    const shown = (cut: { before: boolean; after: boolean }): string =>
      renderAnswer(foundAnswer({ ...excerpt, cut })).embeds?.[0]?.description ?? '';
    expect(shown({ before: true, after: true })).toMatch(
      /^> …the talks in \*\*Moscow\*\* ended without agreement…\n— /,
    );
    expect(shown({ before: false, after: true })).toMatch(
      /^> the talks in \*\*Moscow\*\* ended without agreement…\n/,
    );
    expect(shown({ before: true, after: false })).toMatch(
      /^> …the talks in \*\*Moscow\*\* ended without agreement\n/,
    );
    expect(shown({ before: false, after: false })).toMatch(
      /^> the talks in \*\*Moscow\*\* ended without agreement\n/,
    );
  });

  test('none: a short hint that quotes nothing', () => {
    expect(renderAnswer({ kind: 'none', question: 'q' })).toEqual({
      content: NO_ANSWER_TEXT,
      ephemeral: false,
    });
  });

  test("invalid: the engine's message, ephemeral", () => {
    const invalid = { kind: 'invalid', question: '', reason: 'empty', message: 'Ask a question.' } as const;
    expect(renderAnswer(invalid)).toEqual({ content: 'Ask a question.', ephemeral: true });
  });

  describe('with the real engine over seeds/', () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await loadEngine('seeds');
    });

    test('any question renders within every limit and pings no one', () => {
      fc.assert(
        fc.property(
          fc.oneof(awkwardText(700), fc.constantFrom('Russia troops', 'Macron Putin talks')),
          (question) => {
            const reply = renderAnswer(engine.answer(question), { lookup: (id) => engine.getArticle(id) });
            expectWithinLimits(fitReply(reply));
          },
        ),
        { numRuns: 200 },
      );
    });
  });
});
