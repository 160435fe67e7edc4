import fc from 'fast-check';
import type { AnswerResult, Excerpt } from '../../src/answer/AnswerResult.js';
import type { Article } from '../../src/corpus/Article.js';

// fast-check inputs shared by the renderers' property tests: text, answers and articles shaped to trouble Discord.

/** Text with the characters that trouble Discord: markdown, mentions, escapes, line breaks, emoji, URLs. */
export const awkwardText = (maxLength: number): fc.Arbitrary<string> =>
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

/** A highlight span, possibly out of range or reversed: the renderer must clamp it. */
const span = fc.record({
  start: fc.integer({ min: -10, max: 4000 }),
  end: fc.integer({ min: -10, max: 4000 }),
});

/** Any excerpt without a speaker, with awkward title and quote text. */
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

/** Any excerpt, with a speaker (article text, so awkward too) or without. */
export const excerpt: fc.Arbitrary<Excerpt> = fc
  .tuple(excerptWithoutSpeaker, fc.option(awkwardText(300), { nil: undefined }))
  .map(([e, speaker]) => (speaker === undefined ? e : { ...e, speaker }));

/** Any answer of each kind; a found answer holds 1 to `maxExcerpts` excerpts. */
export const answer = (maxExcerpts: number): fc.Arbitrary<AnswerResult> =>
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

/** Any article, with awkward title and text, any or no URL. */
export const article: fc.Arbitrary<Article> = fc
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

/** What an article lookup may return as the URL: a link, junk, or nothing. */
export const urlLookup = fc.option(fc.oneof(fc.webUrl(), fc.string({ maxLength: 600 })), { nil: null });
