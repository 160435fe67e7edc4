import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { articleChoices, renderArticle, unknownArticleText } from '../../src/discord/renderArticle.js';
import { fitChoices, fitReply } from '../../src/discord/fitReply.js';
import { article } from '../support/discordArbitraries.js';
import { expectWithinLimits } from '../support/expectWithinLimits.js';

describe('renderArticle', () => {
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
});

describe('articleChoices', () => {
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
});

describe('unknownArticleText', () => {
  test('an unknown id with no close match is named, with a pointer to /sources', () => {
    expect(unknownArticleText('x*', [])).toBe('No article has the id `x*`. See `/sources` for the list.');
  });
});
