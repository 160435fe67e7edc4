import { describe, expect, it } from 'vitest';
import { readHtmlArticle } from '../../../src/corpus/html/readHtmlArticle.js';
import { latin1Page, webFixture } from '../../support/webFixtures.js';

function read(bytes: Uint8Array, baseUrl?: string) {
  const result = readHtmlArticle({ id: 'page', path: 'page.html', bytes, baseUrl });
  if (result.kind !== 'article') throw new Error(`expected an article, got: ${result.reason}`);
  return result.article;
}

// Sentences of the furniture around the story in story.html: none may become article text.
const STORY_FURNITURE = [
  'We use cookies',
  'Accept all cookies',
  'Sport',
  'Share on Twitter',
  'Email this story',
  'Advertisement',
  'Seaview caravan',
  'Flood waters reach record height',
  'Fish prices rise',
  'ruin the view from the promenade',
  'insurance company refused',
  'All rights reserved',
  'tracking pixel',
  'Maria Lopes',
];

describe('readHtmlArticle: a news page with furniture around the story', () => {
  const article = read(webFixture('story.html'));

  it('keeps the story paragraphs, in order, separated by blank lines', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs[0]).toMatch(/^The council of Port Ellery voted seven to two on Thursday night/);
    expect(paragraphs).toContain(
      '\u201cWe cannot keep asking families to bail out their living rooms every January,\u201d said councillor Ada Brennan, who proposed the scheme. \u201cThis wall is the difference between a town and a memory.\u201d',
    );
    expect(paragraphs.at(-1)).toMatch(/review the decision before construction starts\.$/);
    expect(article.bodyStart).toBe(0);
  });

  it('never keeps navigation, the cookie banner, share bar, ads, related links, comments, footer or scripts', () => {
    for (const furniture of STORY_FURNITURE) expect(article.text).not.toContain(furniture);
  });

  it('reads og:title, the published date in the page offset (23:30 at -05:00 stays March 1st), canonical URL and author', () => {
    expect(article).toMatchObject({
      title: 'Harbour town votes to build a sea wall',
      date: '2024-03-01',
      url: 'https://news.example/news/story.html?utm_source=feed#top',
      author: 'Maria Lopes',
      encoding: 'utf-8',
    });
  });
});

describe('readHtmlArticle: other page shapes', () => {
  it('reads an AMP page without its amp-ad, consent banner, sidebar menu or share buttons', () => {
    const article = read(webFixture('amp.html'), 'https://news.example/amp/lighthouse');
    expect(article.text).toMatch(/^Edith Marsh climbed the 117 steps/);
    expect(article.text).toContain('I never got tired of it');
    for (const furniture of ['Advertisement', 'Sponsored', 'cookies', 'Weather', 'Menu'])
      expect(article.text).not.toContain(furniture);
    // The relative canonical link resolves against the page's address; the title comes from the headline.
    expect(article).toMatchObject({
      url: 'https://news.example/news/lighthouse.html',
      title: 'Lighthouse keeper retires after forty years',
      date: '2024-02-14',
      author: 'Sam Okafor',
    });
  });

  it('takes the date, headline and authors from JSON-LD when the page has nothing else (10 pm at -08:00 stays Dec 31st)', () => {
    const article = read(webFixture('jsonld.html'));
    expect(article).toMatchObject({
      title: 'Ferry service to the islands resumes',
      date: '2023-12-31',
      author: 'Ruth Ng, Ivo Petrov',
    });
    expect(article.text).not.toContain('Home');
  });

  it('decodes a page declaring ISO-8859-1 as windows-1252', () => {
    const article = read(latin1Page());
    expect(article.encoding).toBe('windows-1252');
    expect(article.title).toBe('Caf\u00e9 owners fined');
    expect(article.text).toContain(
      '\u201cWe have changed everything since the inspection \u2013 the fridges',
    );
    expect(article.text).toContain('fined \u20ac4,000 on Monday');
  });

  it('strips " | Site" from <title> when there is no og:title or headline', () => {
    const html = `<html><head><title>Tide tables change | The Coastal Courier</title></head><body><div><p>${'The harbour authority has published new tide tables for the coming year, with earlier high tides in the spring. '.repeat(3)}</p></div></body></html>`;
    expect(read(Buffer.from(html)).title).toBe('Tide tables change');
  });

  it('skips a page with no article text (a section front of links) and an empty file, saying why', () => {
    expect(readHtmlArticle({ id: 'i', path: 'i.html', bytes: webFixture('index.html') })).toEqual({
      kind: 'skip',
      reason: 'no article text found in the page',
    });
    expect(readHtmlArticle({ id: 'e', path: 'e.html', bytes: new Uint8Array() })).toEqual({
      kind: 'skip',
      reason: 'empty file',
    });
  });

  it('gives the same article under another id when the same bytes are read again (the memo keeps ids apart)', () => {
    const first = readHtmlArticle({ id: 'one', path: 'one.html', bytes: webFixture('story.html') });
    const second = readHtmlArticle({ id: 'two', path: 'b/two.htm', bytes: webFixture('story.html') });
    expect(first.kind === 'article' && first.article.id).toBe('one');
    expect(second.kind === 'article' && [second.article.id, second.article.path]).toEqual([
      'two',
      'b/two.htm',
    ]);
  });
});
