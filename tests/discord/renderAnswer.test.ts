import fc from 'fast-check';
import { beforeAll, describe, expect, test } from 'vitest';
import type { AnswerResult, Excerpt } from '../../src/answer/AnswerResult.js';
import type { Article } from '../../src/corpus/Article.js';
import type { Engine } from '../../src/engine/Engine.js';
import { loadEngine } from '../../src/engine/loadEngine.js';
import { articleChoices, renderArticle, unknownArticleText } from '../../src/discord/renderArticle.js';
import { NO_ANSWER_TEXT, renderAnswer } from '../../src/discord/renderAnswer.js';
import { renderHelp } from '../../src/discord/renderHelp.js';
import { renderSourcesPage } from '../../src/discord/renderSources.js';
import { fitChoices, fitReply } from '../../src/discord/fitReply.js';
import { expectWithinLimits } from '../support/expectWithinLimits.js';
import { quotedText } from '../support/plainText.js';
import { commands } from '../../commands/index.js';

/** Text with the characters that trouble Discord: markdown, mentions, escapes, line breaks, emoji, URLs. */
const awkwardText = (maxLength: number) =>
  fc
    .array(
      fc.oneof(
        fc.string({ unit: 'grapheme', maxLength: 40 }),
        fc.constantFrom(
          '@everyone',
          '@here',
          '<@123456789012345678>',
          '<@&1>',
          '**',
          '__',
          '\\',
          '> ',
          '\n',
          '# ',
          '- ',
        ),
        fc.constantFrom(
          '`',
          '```',
          '||',
          '~~',
          '😀',
          'https://example.com/a_b*c',
          '[x](https://e.com)',
          '\r\n',
        ),
      ),
      { maxLength: Math.ceil(maxLength / 10) },
    )
    .map((parts) => parts.join('').slice(0, maxLength));

const span = fc.record({
  start: fc.integer({ min: -10, max: 4000 }),
  end: fc.integer({ min: -10, max: 4000 }),
});

const excerptWithoutSpeaker: fc.Arbitrary<Excerpt> = fc.record({
  sourceId: fc.string({ minLength: 1, maxLength: 300 }),
  title: awkwardText(600),
  date: fc.option(fc.constant('2022-02-08'), { nil: null }),
  quote: awkwardText(5000),
  start: fc.nat(),
  end: fc.nat(),
  score: fc.double({ noNaN: true }),
  matchedTerms: fc.array(fc.string(), { maxLength: 5 }),
  highlights: fc.array(span, { maxLength: 20 }),
  cut: fc.record({ before: fc.boolean(), after: fc.boolean() }),
  alsoIn: fc.array(fc.string({ minLength: 1, maxLength: 300 }), { maxLength: 6 }),
});

/** An excerpt, with a speaker (article text, so awkward too) or without. */
const excerpt: fc.Arbitrary<Excerpt> = fc
  .tuple(excerptWithoutSpeaker, fc.option(awkwardText(300), { nil: undefined }))
  .map(([e, speaker]) => (speaker === undefined ? e : { ...e, speaker }));

const answer = (maxExcerpts: number): fc.Arbitrary<AnswerResult> =>
  fc.oneof(
    fc.record({
      kind: fc.constant('found' as const),
      question: awkwardText(600),
      excerpts: fc
        .tuple(excerpt, fc.array(excerpt, { maxLength: maxExcerpts - 1 }))
        .map(([first, rest]) => [first, ...rest] as const),
    }),
    fc.record({ kind: fc.constant('none' as const), question: awkwardText(600) }),
    fc.record({
      kind: fc.constant('invalid' as const),
      question: awkwardText(600),
      reason: fc.constantFrom('empty' as const, 'too-long' as const, 'no-terms' as const),
      message: awkwardText(3000),
    }),
  );

const article: fc.Arbitrary<Article> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 200 }),
    title: awkwardText(600),
    date: fc.option(fc.constant('2021-12-31'), { nil: null }),
    url: fc.option(fc.oneof(fc.webUrl(), fc.string()), { nil: null }),
    text: awkwardText(5000),
    duplicateIds: fc.array(fc.string({ maxLength: 200 }), { maxLength: 10 }),
  })
  .map((a) => ({
    ...a,
    path: `${a.id}.txt`,
    bodyStart: Math.min(10, a.text.length),
    encoding: 'utf-8' as const,
  }));

const urlLookup = fc.option(fc.oneof(fc.webUrl(), fc.string({ maxLength: 600 })), { nil: null });

describe('renderAnswer', () => {
  test('names the other articles that say the same in the same words', () => {
    const quote = 'The ferry will stop on Monday.';
    const rendered = renderAnswer({
      kind: 'found',
      question: 'q',
      excerpts: [
        {
          sourceId: 'news/001',
          title: 'Ferry stops',
          date: null,
          quote,
          start: 0,
          end: quote.length,
          score: 1,
          matchedTerms: [],
          highlights: [],
          alsoIn: ['news/007', 'news/009'],
        },
      ],
    });
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
      {
        kind: 'found',
        question: 'troops?',
        excerpts: [
          {
            sourceId: 'news/004',
            title: 'Biden *speaks*',
            date: null,
            quote: 'Russia had assembled some 150,000 troops.',
            start: 0,
            end: 41,
            score: 1,
            matchedTerms: ['troop'],
            highlights: [{ start: 34, end: 40 }],
          },
        ],
      },
      { lookup: () => ({ url: 'https://example.com/biden' }) },
    );
    expect(reply.embeds?.[0]?.description).toBe(
      '> Russia had assembled some 150,000 **troops**.\n— [**Biden \\*speaks\\***](https://example.com/biden) · undated · `news/004`',
    );
    expect(reply.ephemeral).toBe(false);
  });

  test('the speaker comes first when the article names one, escaped like other article text: "— X, in title · …"', () => {
    const quote = 'A number of his ideas are possible as a basis for further steps.';
    const reply = renderAnswer({
      kind: 'found',
      question: 'What did Putin say?',
      excerpts: [
        {
          sourceId: 'news/000',
          title: 'Talks in Moscow',
          date: '2022-02-08',
          quote,
          start: 0,
          end: quote.length,
          score: 1,
          matchedTerms: [],
          highlights: [],
          speaker: 'Vladimir *Putin*',
        },
      ],
    });
    expect(reply.embeds?.[0]?.description?.split('\n').at(-1)).toBe(
      '— Vladimir \\*Putin\\*, in **Talks in Moscow** · 2022-02-08 · `news/000`',
    );
  });

  test('a quote cut from a longer sentence shows "…" on each cut side, matched words still bold', () => {
    const quote = 'the talks in Moscow ended without agreement';
    const excerpt = {
      sourceId: 'news/007',
      title: 'Talks',
      date: '2022-02-08',
      quote,
      start: 120,
      end: 120 + quote.length,
      score: 1,
      matchedTerms: ['moscow'],
      highlights: [{ start: 13, end: 19 }],
    };
    const shown = (cut: { before: boolean; after: boolean }): string =>
      renderAnswer({ kind: 'found', question: 'Moscow?', excerpts: [{ ...excerpt, cut }] }).embeds?.[0]
        ?.description ?? '';
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
    const reply = renderAnswer({
      kind: 'invalid',
      question: '',
      reason: 'empty',
      message: 'Ask a question.',
    });
    expect(reply).toEqual({ content: 'Ask a question.', ephemeral: true });
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

describe('article listings', () => {
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

  test('any article renders within the limits', () => {
    fc.assert(
      fc.property(article, fc.nat(), (a, passages) => {
        expectWithinLimits(fitReply(renderArticle(a, passages)));
      }),
      { numRuns: 150 },
    );
  });

  test("an article's URL field shows a front-matter url as text, never as markdown", () => {
    const base = {
      id: 'a',
      path: 'a.md',
      title: 'Title',
      date: null,
      text: 'text',
      bodyStart: 0,
      encoding: 'utf-8' as const,
      duplicateIds: [],
    };
    const urlField = (url: string) =>
      renderArticle({ ...base, url }, 1).embeds?.[0]?.fields?.find((f) => f.name === 'URL')?.value;
    // Raw, this would render as a masked link to evil.example, in bold.
    expect(urlField('[click me](https://evil.example) **hi**')).toBe(
      '\\[click me\\](<https://evil.example>) \\*\\*hi\\*\\*',
    );
    // A URL Discord can link is left as it is, so it stays clickable.
    expect(urlField('https://example.com/news/a_b')).toBe('https://example.com/news/a_b');
  });

  test('autocomplete choices fit the limits and keep the id as the value', () => {
    fc.assert(
      fc.property(fc.array(article, { maxLength: 40 }), (articles) => {
        const choices = fitChoices(articleChoices(articles));
        expect(choices.length).toBeLessThanOrEqual(25);
        for (const choice of choices) {
          expect(choice.name.length).toBeGreaterThan(0);
          expect(choice.name.length).toBeLessThanOrEqual(100);
          expect(articles.some((a) => a.id === choice.value)).toBe(true);
        }
      }),
    );
  });

  test('unknown ids list the closest ones; help fits', () => {
    expect(unknownArticleText('x*', [])).toBe('No article has the id `x*`. See `/sources` for the list.');
    expectWithinLimits(fitReply(renderHelp(3)));
  });

  test('help names every other command of the shared list', () => {
    const text = renderHelp(3).embeds?.[0]?.description ?? '';
    for (const command of commands.filter((c) => c.data.name !== 'help')) {
      expect(text).toContain(`/${command.data.name}`);
    }
  });
});
