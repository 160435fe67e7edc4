import { randomBytes } from 'node:crypto';
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { NO_ARTICLE_TEXT } from '../corpus/html/noArticleText.js';
import { articleIdOf } from '../corpus/loadCorpus.js';
import { AddError } from './AddError.js';
import { articleMarkdown, articleSlug } from './articleMarkdown.js';
import { fetchPage, type FetchOptions } from './fetchPage.js';
import { normaliseUrl } from './normaliseUrl.js';
import { WebState } from './WebState.js';

/** Where added articles go and how pages are fetched. */
export interface AddContext {
  /** CORPUS_DIR. */
  readonly corpusDir: string;
  /** INDEX_CACHE_DIR: the bookkeeping lives beside it (see WebState). */
  readonly cacheDir: string;
  /** How pages are fetched (ALLOW_PRIVATE_URLS as `allowPrivate`; tests inject a resolver). */
  readonly fetch?: Omit<FetchOptions, 'accept'>;
}

/** An article written into the corpus folder. */
export interface AddedArticle {
  /** `added` a new file, `updated` the file of an article added before, or found it `unchanged`. */
  readonly status: 'added' | 'updated' | 'unchanged';
  readonly id: string;
  /** The file's path under the corpus folder. */
  readonly path: string;
  readonly title: string;
  readonly date: string | null;
  /** The article's identity: its canonical URL, normalised (see normaliseUrl). */
  readonly url: string;
}

/**
 * Fetches the page at `url`, extracts its article and writes it into the corpus folder as Markdown
 * (articleMarkdown.ts), atomically (a temporary file renamed into place, so the watching bot never reads half a
 * file). An article already added (same normalised canonical URL) is rewritten in its own file; a new one gets
 * a file named from its URL or title that overwrites no other article. Throws FetchError or AddError (no
 * article text, folder not writable) with a message for the user; nothing is written then.
 */
export async function addArticle(url: string, context: AddContext): Promise<AddedArticle> {
  const page = await fetchPage(url, { ...context.fetch, accept: 'page' });
  // Loaded on the first add: the bot and the deploy script import this module but rarely need the HTML libraries.
  const { readHtmlArticle } = await import('../corpus/html/readHtmlArticle.js');
  const read = readHtmlArticle({
    id: 'page',
    path: 'page.html',
    bytes: page.body,
    httpCharset: page.charset,
    baseUrl: page.url,
  });
  if (read.kind === 'skip') {
    const why =
      read.reason === NO_ARTICLE_TEXT
        ? 'has no article text'
        : `cannot be read as an article (${read.reason})`;
    throw new AddError(`${page.url} ${why}; nothing was added`, 'no-article');
  }
  const { article } = read;
  const identity = normaliseUrl(article.url ?? page.url);
  const markdown = articleMarkdown({
    title: article.title,
    date: article.date,
    url: identity,
    author: article.author ?? null,
    // Paragraphs never hold a blank line (white space is collapsed within each), so this splits them back.
    paragraphs: article.text.split('\n\n'),
  });
  // One write at a time in this process (/add and the feed poller may run together): choosing a free name and
  // recording it must not interleave, or two articles could pick the same file.
  const written = writes.then(() => writeArticle(context, identity, article.title, markdown));
  writes = written.catch(() => undefined);
  const { status, relative } = await written;
  return {
    status,
    id: articleIdOf(relative),
    path: relative,
    title: article.title,
    date: article.date,
    url: identity,
  };
}

/** The write under way in this process; the next one waits for it. */
let writes: Promise<unknown> = Promise.resolve();

/** Writes the article's file (its own, or a new free name) and records it in the bookkeeping. */
async function writeArticle(
  context: AddContext,
  identity: string,
  title: string,
  markdown: string,
): Promise<{ status: AddedArticle['status']; relative: string }> {
  const state = await WebState.open(context.corpusDir, context.cacheDir);
  const previous = state.articleFile(identity);
  const previousText =
    previous === undefined ? undefined : await readText(path.join(context.corpusDir, previous));
  const relative =
    previous !== undefined && previousText !== undefined
      ? previous
      : await freeFileName(context.corpusDir, articleSlug(identity, title), state, identity);
  const status = previousText === undefined ? 'added' : previousText === markdown ? 'unchanged' : 'updated';
  if (status !== 'unchanged') await writeAtomically(context.corpusDir, relative, markdown);
  state.setArticleFile(identity, relative);
  await state.save();
  return { status, relative };
}

/** `<slug>.md`, or `<slug>-2.md`, … : a name whose article id no file in the folder has yet. */
async function freeFileName(dir: string, slug: string, state: WebState, identity: string): Promise<string> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    throw writeError(dir, error);
  }
  // Ids ignore the extension, so story.html already takes story.md's id.
  const takenIds = new Set(names.map((name) => articleIdOf(name).toLowerCase()));
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? slug : `${slug}-${n}`;
    if (!takenIds.has(candidate) && !state.isTakenByOther(`${candidate}.md`, identity))
      return `${candidate}.md`;
  }
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return await readFile(file, 'utf8');
  } catch {
    return undefined;
  }
}

async function writeAtomically(dir: string, relative: string, text: string): Promise<void> {
  const target = path.join(dir, relative);
  // A dot file with an extension the corpus does not read: a rebuild during the write never indexes it.
  const temporary = path.join(dir, `.verbatim-add-${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, text, { flag: 'wx' });
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    throw writeError(dir, error);
  }
}

function writeError(dir: string, error: unknown): AddError {
  const code = (error as NodeJS.ErrnoException).code;
  const why =
    code === 'EACCES' || code === 'EPERM'
      ? 'permission denied'
      : code === 'EROFS'
        ? 'it is on a read-only file system'
        : code === 'ENOENT'
          ? 'it does not exist'
          : code === 'ENOTDIR'
            ? 'it is not a folder'
            : (code ?? (error as Error).message);
  return new AddError(
    `Cannot write to the corpus folder ${dir} (${why}): Verbatim still answers from it, but adding articles needs write access`,
    'not-writable',
  );
}
