import { mkdir, symlink, truncate, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleIdOf, loadCorpus, MAX_ARTICLE_BYTES } from '../../src/corpus/loadCorpus.js';
import { CorpusDirError } from '../../src/corpus/CorpusDirError.js';
import { useTempDir } from '../support/useTempDir.js';

const folder = useTempDir('verbatim-corpus-');

async function put(relative: string, content: string | Uint8Array): Promise<void> {
  const file = path.join(folder.dir, relative);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
}

describe('loadCorpus: files read', () => {
  it('reads .txt and .md files recursively in a stable, sorted order', async () => {
    for (const name of ['b.txt', 'a.md', 'tech/042.TXT', 'tech/deep/z.txt'])
      await put(name, `Story ${name}\n\nBody of ${name}.`);
    const corpus = await loadCorpus(folder.dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(['a', 'b', 'tech/042', 'tech/deep/z']);
    expect(corpus.articles.map((a) => a.path)).toEqual([
      'a.md',
      'b.txt',
      path.join('tech', '042.TXT'),
      path.join('tech', 'deep', 'z.txt'),
    ]);
    expect(corpus.skipped).toEqual([]);
    expect(corpus.dir).toBe(folder.dir);
  });

  it('gives the same order on every load', async () => {
    for (const name of ['q', 'c', 'x', 'a', 'm'])
      await put(`${name}.txt`, `Story ${name}\n\nBody of ${name}.`);
    const first = (await loadCorpus(folder.dir)).articles.map((a) => a.id);
    const second = (await loadCorpus(folder.dir)).articles.map((a) => a.id);
    expect(first).toEqual(['a', 'c', 'm', 'q', 'x']);
    expect(second).toEqual(first);
  });

  it('reads a Latin-1 file and warns about it, naming the file', async () => {
    await put(
      'old.txt',
      Uint8Array.from([...Buffer.from('Caf'), 0xe9, ...Buffer.from(' opens\n\nIt opened.')]),
    );
    const warnings: string[] = [];
    const corpus = await loadCorpus(folder.dir, { onWarning: (m) => warnings.push(m) });
    expect(corpus.articles[0]).toMatchObject({ id: 'old', title: 'Café opens', encoding: 'latin1' });
    expect(warnings).toEqual([expect.stringContaining('old.txt')]);
    expect(corpus.warnings).toEqual(warnings);
  });
});

describe('loadCorpus: files that are not read', () => {
  it('lists text-like files with an unsupported extension as skipped, saying why', async () => {
    await put('good.txt', 'Good Story\n\nGood body.');
    await put('notes.markdown', '# Notes\n\nSome notes.');
    await put('page.xml', '<p>Hello</p>');
    await put('guide/intro.rst', 'Intro\n=====');
    await put('data.json', '{"not": "an article"}');
    await put('table.csv', 'a,b');
    const warnings: string[] = [];
    const corpus = await loadCorpus(folder.dir, { onWarning: (m) => warnings.push(m) });
    expect(corpus.articles.map((a) => a.id)).toEqual(['good']);
    expect(corpus.skipped).toEqual([
      {
        path: 'data.json',
        reason: '.json files are not read (articles are .txt, .md, .html, or .htm files)',
      },
      {
        path: path.join('guide', 'intro.rst'),
        reason: '.rst files are not read (articles are .txt, .md, .html, or .htm files)',
      },
      { path: 'notes.markdown', reason: '.markdown files are not read; rename it to .md to index it' },
      { path: 'page.xml', reason: '.xml files are not read (articles are .txt, .md, .html, or .htm files)' },
      { path: 'table.csv', reason: '.csv files are not read (articles are .txt, .md, .html, or .htm files)' },
    ]);
    expect(warnings).toHaveLength(5);
  });

  it('ignores dotfiles, dot-folders, pictures and files without an extension without a word', async () => {
    await put('good.txt', 'Good Story\n\nGood body.');
    await put('.hidden.txt', 'Hidden Story\n\nHidden body.');
    await put('.git/notes.txt', 'Git Story\n\nGit body.');
    await put('.DS_Store', 'x');
    await put('photo.png', Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0]));
    await put('LICENSE', 'MIT');
    const warnings: string[] = [];
    const corpus = await loadCorpus(folder.dir, { onWarning: (m) => warnings.push(m) });
    expect(corpus.articles.map((a) => a.id)).toEqual(['good']);
    expect(corpus.skipped).toEqual([]);
    expect(warnings).toEqual([]);
  });

  it("skips the folder's own notes (README.TXT, LICENSE.md), naming them, and reads articles that only mention one", async () => {
    // why: the BBC News corpus carries a README.TXT on the data set and its copyright; read as a story it was
    // listed among the articles and could be quoted ("All rights … are owned by the BBC").
    await put('README.TXT', 'Consists of 2225 documents from the BBC news website.');
    await put('sport/LICENSE.md', 'All rights reserved.');
    await put('readme-review.txt', 'A review of the Readme app\n\nThe app reads aloud.');
    await put('licence.txt.bak', 'not an article either, and not a word about it');
    const warnings: string[] = [];
    const corpus = await loadCorpus(folder.dir, { onWarning: (m) => warnings.push(m) });
    expect(corpus.articles.map((a) => a.id)).toEqual(['readme-review']);
    const reason =
      "the folder's own note (read-me, licence, change log), not an article; rename it to index it";
    expect(corpus.skipped).toEqual([
      { path: 'README.TXT', reason },
      { path: path.join('sport', 'LICENSE.md'), reason },
    ]);
    expect(warnings).toEqual([expect.stringContaining('README.TXT'), expect.stringContaining('LICENSE.md')]);
  });

  it('warns that a folder with no articles has none, counting what was skipped', async () => {
    await put('page.xml', '<p>Hello</p>');
    const warnings: string[] = [];
    const corpus = await loadCorpus(folder.dir, { onWarning: (m) => warnings.push(m) });
    expect(corpus.articles).toEqual([]);
    expect(warnings).toContain(
      `No articles in ${folder.dir}: it has no .txt, .md, .html, or .htm files; 1 file was skipped`,
    );
  });
});

describe('loadCorpus: dates', () => {
  it('warns about a date it cannot read, naming the file, and loads the article undated', async () => {
    await put('lanes.txt', 'Cycle Lanes Approved\nDate: 03/04/2024\n\nThe council voted.');
    const warnings: string[] = [];
    const corpus = await loadCorpus(folder.dir, { onWarning: (m) => warnings.push(m) });
    expect(corpus.articles[0]).toMatchObject({ id: 'lanes', title: 'Cycle Lanes Approved', date: null });
    expect(warnings).toEqual([
      expect.stringMatching(/^Date not read in lanes\.txt: "03\/04\/2024" is ambiguous/),
    ]);
  });
});

describe('loadCorpus: skipped files', () => {
  it('skips empty, whitespace-only and binary files with a reason and a warning naming each file', async () => {
    await put('empty.txt', '');
    await put('blank.md', '  \n\n \t');
    await put('binary.txt', Uint8Array.from([1, 2, 0, 3]));
    await put('good.txt', 'Good Story\n\nGood body.');
    const warnings: string[] = [];
    const corpus = await loadCorpus(folder.dir, { onWarning: (m) => warnings.push(m) });
    expect(corpus.articles.map((a) => a.id)).toEqual(['good']);
    expect(corpus.skipped).toEqual([
      { path: 'binary.txt', reason: expect.stringMatching(/binary/) },
      { path: 'blank.md', reason: expect.stringMatching(/white space/) },
      { path: 'empty.txt', reason: expect.stringMatching(/empty/) },
    ]);
    for (const file of ['binary.txt', 'blank.md', 'empty.txt']) {
      expect(warnings.some((w) => w.includes(file))).toBe(true);
    }
  });

  it('skips a file larger than the size limit without reading it', async () => {
    await put('huge.txt', '');
    await truncate(path.join(folder.dir, 'huge.txt'), MAX_ARTICLE_BYTES + 1); // sparse: costs no disk
    await put('small.txt', 'Small\n\nBody.');
    const corpus = await loadCorpus(folder.dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(['small']);
    expect(corpus.skipped).toEqual([
      { path: 'huge.txt', reason: expect.stringMatching(/larger than 10 MB/) },
    ]);
  });
});

describe('loadCorpus: duplicates', () => {
  it('indexes identical texts once, lists the copies on the first and warns naming both files', async () => {
    const text = 'Same Story\n\nExactly the same body.';
    await put('a.txt', text);
    await put('copy/b.txt', text);
    await put('c.txt', 'Other Story\n\nA different body.');
    const warnings: string[] = [];
    const corpus = await loadCorpus(folder.dir, { onWarning: (m) => warnings.push(m) });
    expect(corpus.articles.map((a) => a.id)).toEqual(['a', 'c']);
    expect(corpus.articles[0]?.duplicateIds).toEqual(['copy/b']);
    expect(corpus.articles[1]?.duplicateIds).toEqual([]);
    expect(warnings).toEqual([expect.stringMatching(/b\.txt.*a\.txt/)]);
  });
});

describe('loadCorpus: links', () => {
  it('does not hang on a symbolic-link loop and reads each real folder once', async () => {
    await put('news/a.txt', 'Alpha\n\nAlpha body.');
    await symlink(folder.dir, path.join(folder.dir, 'news', 'loop'), 'dir');
    const corpus = await loadCorpus(folder.dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(['news/a']);
  });

  it('skips a broken link with a reason', async () => {
    await put('a.txt', 'Alpha\n\nAlpha body.');
    await symlink(path.join(folder.dir, 'missing.txt'), path.join(folder.dir, 'dangling.txt'));
    const corpus = await loadCorpus(folder.dir);
    expect(corpus.articles.map((a) => a.id)).toEqual(['a']);
    expect(corpus.skipped).toEqual([{ path: 'dangling.txt', reason: expect.stringMatching(/link/) }]);
  });
});

describe('loadCorpus: corpus folder errors', () => {
  it('throws CorpusDirError naming a missing folder', async () => {
    const missing = path.join(folder.dir, 'nope');
    await expect(loadCorpus(missing)).rejects.toThrow(CorpusDirError);
    await expect(loadCorpus(missing)).rejects.toThrow(missing);
  });

  it('throws CorpusDirError when the path is a file', async () => {
    await put('file.txt', 'x');
    await expect(loadCorpus(path.join(folder.dir, 'file.txt'))).rejects.toThrow(/not a folder/);
  });

  it('loads an empty folder as an empty corpus, with a warning that it is empty', async () => {
    expect(await loadCorpus(folder.dir)).toMatchObject({
      articles: [],
      skipped: [],
      warnings: [`No articles in ${folder.dir}: it has no .txt, .md, .html, or .htm files`],
    });
  });
});

describe('articleIdOf', () => {
  it('drops the extension and joins folders with "/"', () => {
    expect(articleIdOf('000_bf4b978a58fdcece.txt')).toBe('000_bf4b978a58fdcece');
    expect(articleIdOf(path.join('tech', '042.md'))).toBe('tech/042');
    expect(articleIdOf('v1.2.txt')).toBe('v1.2');
  });
});
