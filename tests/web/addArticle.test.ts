import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadEngine } from '../../src/engine/loadEngine.js';
import { AddError } from '../../src/web/AddError.js';
import { addArticle } from '../../src/web/addArticle.js';
import { FetchError } from '../../src/web/FetchError.js';
import { WebState } from '../../src/web/WebState.js';
import { useWebFixtures } from '../support/useWebFixtures.js';

const web = useWebFixtures('verbatim-add-');

const files = async (): Promise<string[]> => (await readdir(web.context.corpusDir)).sort();

describe('addArticle', () => {
  it('writes the story as Markdown with front matter, named from its URL, and then answers from it', async () => {
    const added = await addArticle(`${web.server.origin}/news/story.html`, web.context);
    expect(added).toMatchObject({
      status: 'added',
      // The URL's last segment, "story", says nothing: the file is named from the title.
      id: 'harbour-town-votes-to-build-a-sea-wall',
      path: 'harbour-town-votes-to-build-a-sea-wall.md',
      title: 'Harbour town votes to build a sea wall',
      date: '2024-03-01',
      // The canonical link, without its fragment and utm_ parameter.
      url: 'https://news.example/news/story.html',
    });
    const text = await readFile(path.join(web.context.corpusDir, added.path), 'utf8');
    expect(
      text.startsWith(
        '---\ntitle: "Harbour town votes to build a sea wall"\ndate: 2024-03-01\nurl: "https://news.example/news/story.html"\nauthor: "Maria Lopes"\n---\n\nThe council of Port Ellery voted',
      ),
    ).toBe(true);

    const engine = await loadEngine(web.context.corpusDir);
    const article = engine.getArticle(added.id);
    expect(article).toMatchObject({
      title: added.title,
      date: '2024-03-01',
      author: 'Maria Lopes',
      url: added.url,
    });
    const result = engine.answer('What did councillor Ada Brennan say about the wall?');
    expect(result.kind).toBe('found');
    if (result.kind !== 'found') return;
    expect(result.excerpts[0]?.quote).toContain(
      'We cannot keep asking families to bail out their living rooms',
    );
    for (const excerpt of result.excerpts)
      expect(excerpt.quote).toBe(article?.text.slice(excerpt.start, excerpt.end));
    // Comments below the story are not in the file at all.
    expect(text).not.toContain('ruin the view');
  });

  it('updates the same file when the article is added again, even through another URL with the same canonical link', async () => {
    const first = await addArticle(`${web.server.origin}/news/story.html`, web.context);
    const again = await addArticle(`${web.server.origin}/news/moved?utm_medium=social`, web.context);
    expect(again).toMatchObject({ status: 'unchanged', id: first.id });
    const original = await readFile(path.join(import.meta.dirname, '../fixtures/web/story.html'), 'utf8');
    web.server.set('/news/story.html', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: original.replace('seven to two', 'eight to one'),
    });
    const updated = await addArticle(`${web.server.origin}/news/story.html`, web.context);
    expect(updated).toMatchObject({ status: 'updated', id: first.id });
    expect(await files()).toEqual([first.path]);
    expect(await readFile(path.join(web.context.corpusDir, first.path), 'utf8')).toContain('eight to one');
    web.server.set('/news/story.html', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: original,
    });
  });

  it('never overwrites another article: a name already taken gets a suffix', async () => {
    const taken = 'harbour-town-votes-to-build-a-sea-wall';
    await writeFile(
      path.join(web.context.corpusDir, `${taken}.txt`),
      'Someone else\n\nAn article the user wrote.',
    );
    const added = await addArticle(`${web.server.origin}/news/story.html`, web.context);
    expect(added.path).toBe(`${taken}-2.md`);
    expect(await files()).toEqual([`${taken}-2.md`, `${taken}.txt`]);
  });

  it('gives two articles added at the same time under the same name a file each', async () => {
    const page = (town: string): string =>
      `<html><head><title>${town} votes on a sea wall</title></head><body><article><h1>${town} votes on a sea wall</h1><p>The council of ${town} voted on Thursday night to build a concrete sea wall along the northern harbour, after three winters of flooding.</p></article></body></html>`;
    const html = { 'content-type': 'text/html' };
    web.server.set('/a/sea-wall.html', { headers: html, body: page('Port Ellery') });
    web.server.set('/b/sea-wall.html', { headers: html, body: page('Kelso Quay') });
    const [a, b] = await Promise.all([
      addArticle(`${web.server.origin}/a/sea-wall.html`, web.context),
      addArticle(`${web.server.origin}/b/sea-wall.html`, web.context),
    ]);
    expect([a.path, b.path].sort()).toEqual(['sea-wall-2.md', 'sea-wall.md']);
    expect(await readFile(path.join(web.context.corpusDir, a.path), 'utf8')).toContain('Port Ellery');
    expect(await readFile(path.join(web.context.corpusDir, b.path), 'utf8')).toContain('Kelso Quay');
  });

  it('reads a page declaring ISO-8859-1 and an AMP page', async () => {
    const latin1 = await addArticle(`${web.server.origin}/news/latin1.html`, web.context);
    expect(await readFile(path.join(web.context.corpusDir, `${latin1.id}.md`), 'utf8')).toContain(
      'fined €4,000 on Monday',
    );
    const amp = await addArticle(`${web.server.origin}/news/amp.html`, web.context);
    // The AMP page's relative canonical link names the article: /news/lighthouse.html.
    expect(amp).toMatchObject({ id: 'lighthouse', url: `${web.server.origin}/news/lighthouse.html` });
  });

  it('writes nothing for a page without article text, a 404, a PDF, a redirect loop or a 20 MB page', async () => {
    await expect(addArticle(`${web.server.origin}/news/front.html`, web.context)).rejects.toThrow(
      /has no article text; nothing was added/,
    );
    await expect(addArticle(`${web.server.origin}/nowhere.html`, web.context)).rejects.toThrow(FetchError);
    await expect(addArticle(`${web.server.origin}/report.pdf`, web.context)).rejects.toThrow(
      /not a web page/,
    );
    await expect(addArticle(`${web.server.origin}/loop/a`, web.context)).rejects.toThrow(
      /redirects more than 5 times/,
    );
    await expect(addArticle(`${web.server.origin}/huge.html`, web.context)).rejects.toThrow(
      /larger than 10 MB/,
    );
    expect(await files()).toEqual([]);
  });

  it('says why it cannot write into the corpus folder, and writes nothing', async () => {
    // A file where the folder should be: unwritable for every user, root included (chmod does not stop root).
    const notAFolder = path.join(web.root, 'not-a-folder');
    await writeFile(notAFolder, '');
    const attempt = addArticle(`${web.server.origin}/news/story.html`, {
      ...web.context,
      corpusDir: notAFolder,
    });
    await expect(attempt).rejects.toBeInstanceOf(AddError);
    await expect(attempt).rejects.toThrow(
      /Cannot write to the corpus folder .* \(it is not a folder\): Verbatim still answers from it/,
    );
  });

  it('keeps its bookkeeping outside the corpus folder, beside the index cache', async () => {
    await addArticle(`${web.server.origin}/news/story.html`, web.context);
    const stateFile = await WebState.fileFor(web.context.corpusDir, web.context.cacheDir);
    expect(path.dirname(stateFile)).toBe(path.join(web.root, 'cache', 'web'));
    expect(JSON.parse(await readFile(stateFile, 'utf8')).articles).toEqual({
      'https://news.example/news/story.html': 'harbour-town-votes-to-build-a-sea-wall.md',
    });
    expect(await files()).toEqual(['harbour-town-votes-to-build-a-sea-wall.md']);
  });
});
