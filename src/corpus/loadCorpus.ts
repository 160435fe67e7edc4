import { createHash } from 'node:crypto';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article, Corpus, SkippedFile } from './Article.js';
import { decodeFile } from './decodeFile.js';
import { parseArticle } from './parseArticle.js';

/** Article files are read by these extensions (lowercase); other files are ignored. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm'];
/** Extensions read as web pages (see html/readHtmlArticle.ts). */
const HTML_EXTENSIONS: readonly string[] = ['.html', '.htm'];
/** Files larger than this (bytes) are skipped: no news article is 10 MB, and reading one would stall a rebuild. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export interface LoadCorpusOptions {
  /** Called once per problem worth a warning (a skipped file, a Latin-1 fallback, a duplicate). */
  readonly onWarning?: (message: string) => void;
}

/** Thrown when the corpus folder itself cannot be read (missing, not a folder, no permission). */
export class CorpusDirError extends Error {
  override readonly name = 'CorpusDirError';
}

/**
 * Reads every `.txt`, `.md`, `.html` and `.htm` file under `dir`, recursively, in a stable order (paths sorted
 * by code unit); web pages are read as their extracted article (html/readHtmlArticle.ts). Unreadable, empty, binary and oversized files are skipped with a reason; symbolic-link loops are followed
 * once. Articles with identical text are indexed once: later copies become `duplicateIds` of the first.
 */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<Corpus> {
  const warnings: string[] = [];
  const warn = (message: string): void => {
    warnings.push(message);
    options.onWarning?.(message);
  };
  const skipped: SkippedFile[] = [];
  const skip = (file: string, reason: string): void => {
    skipped.push({ path: file, reason });
    warn(`Skipped ${file}: ${reason}`);
  };

  let rootStat;
  try {
    rootStat = await stat(dir);
  } catch (error) {
    throw new CorpusDirError(`Cannot read corpus folder ${dir}: ${describeFsError(error)}`);
  }
  if (!rootStat.isDirectory()) throw new CorpusDirError(`Corpus folder ${dir} is not a folder`);

  const files = await listArticleFiles(dir, skip);
  const byHash = new Map<
    string,
    { input: Parameters<typeof parseArticle>[0]; html?: Article; duplicates: string[] }
  >();
  // Files are read several at a time (the reads wait on the disk, not the CPU), then handled in path order.
  const contents = await mapWithConcurrency(files, READ_CONCURRENCY, (relative) =>
    readArticleFile(dir, relative),
  );
  for (const [i, relative] of files.entries()) {
    const bytes = contents[i];
    if (bytes === undefined) continue;
    if (typeof bytes === 'string') {
      skip(relative, bytes);
      continue;
    }
    const id = articleIdOf(relative);
    let input: Parameters<typeof parseArticle>[0];
    let html: Article | undefined;
    if (HTML_EXTENSIONS.includes(path.extname(relative).toLowerCase())) {
      // Loaded on the first page only: the HTML libraries cost start-up time a folder of .txt files never needs.
      const { readHtmlArticle } = await import('./html/readHtmlArticle.js');
      const page = readHtmlArticle({ id, path: relative, bytes });
      // Extracting a page takes milliseconds of CPU: let the bot answer between pages of a large folder.
      await new Promise((resolve) => setImmediate(resolve));
      if (page.kind === 'skip') {
        skip(relative, page.reason);
        continue;
      }
      html = page.article;
      if (page.guessedEncoding)
        warn(`Read ${relative} as windows-1252: it declares no charset and is not UTF-8`);
      input = { id, path: relative, text: html.text };
    } else {
      const decoded = decodeFile(bytes);
      if (decoded.kind === 'skip') {
        skip(relative, decoded.reason);
        continue;
      }
      if (decoded.encoding === 'latin1') warn(`Read ${relative} as Latin-1: it is not valid UTF-8`);
      input = { id, path: relative, text: decoded.text, encoding: decoded.encoding };
    }
    const hash = createHash('sha256').update(input.text).digest('hex');
    const original = byHash.get(hash);
    if (original) {
      original.duplicates.push(id);
      warn(
        `Duplicate: ${relative} has the same text as ${original.input.path}; indexed once as ${original.input.id}`,
      );
      continue;
    }
    byHash.set(hash, {
      input,
      ...(html ? { html } : {}),
      duplicates: [],
    });
  }

  const articles: Article[] = [...byHash.values()].map(({ input, html, duplicates }) =>
    html ? { ...html, duplicateIds: duplicates } : parseArticle({ ...input, duplicateIds: duplicates }),
  );
  return { dir, articles, skipped, warnings };
}

/** Files read at the same time while loading a corpus. */
const READ_CONCURRENCY = 16;

/** A file's bytes, or why it cannot be read (too large, unreadable). */
async function readArticleFile(dir: string, relative: string): Promise<Buffer | string> {
  const absolute = path.join(dir, relative);
  try {
    const info = await stat(absolute);
    if (info.size > MAX_ARTICLE_BYTES) {
      return `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB (${info.size} bytes)`;
    }
    return await readFile(absolute);
  } catch (error) {
    return `unreadable (${describeFsError(error)})`;
  }
}

/** `fn` over `items` with at most `limit` calls pending at once; results in the order of `items`. */
async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  fn: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index] as T);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** `tech/042.txt` → `tech/042`: the path under the corpus folder without its extension, `/`-separated. */
export function articleIdOf(relativePath: string): string {
  const posix = relativePath.split(path.sep).join('/');
  return posix.slice(0, posix.length - path.extname(posix).length);
}

/** Relative paths of article files under `dir`, sorted; folders reached twice through links are read once. */
async function listArticleFiles(
  dir: string,
  skip: (file: string, reason: string) => void,
): Promise<string[]> {
  const found: string[] = [];
  const seenDirs = new Set<string>();
  const walk = async (relative: string): Promise<void> => {
    const absolute = path.join(dir, relative);
    let real: string;
    let entries;
    try {
      real = await realpath(absolute);
      if (seenDirs.has(real)) return;
      seenDirs.add(real);
      entries = await readdir(absolute, { withFileTypes: true });
    } catch (error) {
      if (relative) skip(relative, `unreadable folder (${describeFsError(error)})`);
      else throw new CorpusDirError(`Cannot read corpus folder ${dir}: ${describeFsError(error)}`);
      return;
    }
    for (const entry of entries) {
      const child = relative ? path.join(relative, entry.name) : entry.name;
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(path.join(dir, child));
          isDir = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          skip(child, `broken or looping link (${describeFsError(error)})`);
          continue;
        }
      }
      if (isDir) await walk(child);
      else if (isFile && ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase()))
        found.push(child);
    }
  };
  await walk('');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or folder (it may have been removed while reading)';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'EISDIR':
      return 'is a folder';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}
