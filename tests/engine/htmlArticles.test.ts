// Web pages in the corpus folder, loaded as `npm run ask` loads them, next to a .txt article.
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine/loadEngine.js';
import { tempDir } from '../support/fixtureCorpus.js';
import { latin1Page, WEB_FIXTURES } from '../support/webFixtures.js';

const { dir, cleanup } = await tempDir('verbatim-html-');
afterAll(cleanup);
await copyFile(path.join(WEB_FIXTURES, 'story.html'), path.join(dir, 'story.html'));
await copyFile(path.join(WEB_FIXTURES, 'amp.html'), path.join(dir, 'lighthouse.HTM'));
await copyFile(path.join(WEB_FIXTURES, 'index.html'), path.join(dir, 'front.html'));
await writeFile(path.join(dir, 'cafe.html'), latin1Page());
// The same windows-1252 bytes without their <meta charset>: read as windows-1252, with a warning.
await writeFile(
  path.join(dir, 'undeclared.html'),
  latin1Page()
    .toString('latin1')
    .replace(/<meta[^>]*>/, ''),
  'latin1',
);
await writeFile(
  path.join(dir, 'tides.txt'),
  'Tide tables\n\nHigh tide at Port Ellery will be at 6.40 am on Saturday.\n',
);
const engine = await loadEngine(dir);

describe('HTML articles in the corpus folder', () => {
  it('indexes .html and .htm pages with .txt files, and skips a page without an article, saying why', () => {
    expect(engine.articles.map((a) => a.id)).toEqual(['cafe', 'lighthouse', 'story', 'tides']);
    expect(engine.corpus.skipped).toEqual([
      { path: 'front.html', reason: 'no article text found in the page' },
    ]);
  });

  it('answers from the story body with exact slices of the extracted text', () => {
    const result = engine.answer('How much will the sea wall cost?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    const best = result.excerpts[0];
    expect(best?.sourceId).toBe('story');
    expect(best?.quote).toContain('£12.5 million');
    expect(best?.date).toBe('2024-03-01');
    for (const excerpt of result.excerpts) {
      expect(excerpt.quote).toBe(engine.getArticle(excerpt.sourceId)?.text.slice(excerpt.start, excerpt.end));
    }
  });

  it('quotes a windows-1252 page with its curly quotes and euro sign', () => {
    const result = engine.answer('How much were the cafe owners fined?');
    expect(result.kind === 'found' && result.excerpts[0]?.quote).toContain('fined €4,000 on Monday');
  });

  // Each question is answered only by a piece of furniture on the page; those are never article text.
  it.each([
    ['What do readers think about the view from the promenade?', 'ruin the view'],
    ['How much does the Seaview caravan cost?', 'Seaview caravan'],
    ['Does the site use cookies?', 'cookies'],
    ['How much are sponsored holidays on the south coast?', 'Sponsored holidays'],
  ])('never quotes furniture: %s', (question, furniture) => {
    const result = engine.answer(question);
    const quotes = result.kind === 'found' ? result.excerpts.map((e) => e.quote).join('\n') : '';
    expect(quotes).not.toContain(furniture);
  });
});
