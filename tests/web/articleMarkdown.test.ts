import { describe, expect, it } from 'vitest';
import { parseArticle } from '../../src/corpus/parseArticle.js';
import { articleMarkdown, articleSlug } from '../../src/web/articleMarkdown.js';

describe('articleMarkdown', () => {
  it('is read back with the same title, date, url, author and body, whatever characters the title holds', () => {
    const fields = {
      title: 'The "sea wall" vote: \\ a town\'s --- choice\n# not a heading',
      date: '2024-03-01',
      url: 'https://news.example/a?b=1&c="2"',
      author: 'Maria "Mia" Lopes',
      paragraphs: ['First paragraph, with *stars* and _underscores_ kept as written.', 'Second: 2024-03-02.'],
    };
    const text = articleMarkdown(fields);
    const article = parseArticle({ id: 'a', path: 'a.md', text });
    expect(article).toMatchObject({
      title: 'The "sea wall" vote: \\ a town\'s --- choice # not a heading',
      date: '2024-03-01',
      url: fields.url,
      author: fields.author,
    });
    expect(text.slice(article.bodyStart)).toBe(`${fields.paragraphs.join('\n\n')}\n`);
  });

  it('leaves out an unknown date and author', () => {
    const text = articleMarkdown({
      title: 'T',
      date: null,
      url: 'https://x.example/',
      author: null,
      paragraphs: ['Body.'],
    });
    expect(text).toBe('---\ntitle: "T"\nurl: "https://x.example/"\n---\n\nBody.\n');
  });
});

describe('articleSlug', () => {
  it.each([
    { url: 'https://news.example/2024/03/sea-wall-vote.html', title: 'Anything', slug: 'sea-wall-vote' },
    { url: 'https://news.example/news/Caf%C3%A9-Owners_Fined.php', title: 'x', slug: 'cafe-owners-fined' },
    {
      url: 'https://news.example/story/123456',
      title: 'Harbour town votes: a sea wall!',
      slug: 'harbour-town-votes-a-sea-wall',
    },
    { url: 'https://news.example/', title: 'Ünïcode – title', slug: 'unicode-title' },
    { url: 'https://news.example/index.html', title: '???', slug: 'index' },
  ])('$url (title $title) → $slug', ({ url, title, slug }) => {
    expect(articleSlug(url, title)).toBe(slug);
  });
});
