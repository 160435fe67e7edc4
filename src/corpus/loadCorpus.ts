import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { readdir, realpath, stat } from 'node:fs/promises';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import path from 'node:path';
import type { Article, Corpus, SkippedFile } from './Article.js';
import { plural } from '../text/plural.js';
import { decodeFile } from './decodeFile.js';
import { parseArticle } from './parseArticle.js';
import type { OnWarning, WarningKind } from './WarningKind.js';
import { CorpusDirError } from './CorpusDirError.js';

/** Article files are read by these extensions (lowercase): the one list to extend when a format is read. */
export const ARTICLE_EXTENSIONS: readonly string[] = ['.txt', '.md', '.html', '.htm'];
/**
 * The read extensions as people list them: ".txt, .md, .html, or .htm". Joined by hand: `Intl.ListFormat` gave
 * the same but cost ~15 ms to set up at every start.
 */
const READ_LIST = `${ARTICLE_EXTENSIONS.slice(0, -1).join(', ')}, or ${ARTICLE_EXTENSIONS.at(-1) ?? ''}`;
/** Extensions read as web pages (see html/readHtmlArticle.ts). */
const HTML_EXTENSIONS: readonly string[] = ['.html', '.htm'];
/**
 * Text and document formats someone may expect to be read: such a file is listed as skipped with its reason.
 * Any other file (images, archives, no extension) is ignored without a word, as are dotfiles and dot-folders:
 * a folder of articles often holds pictures or tool files beside them, and listing each would bury real skips.
 */
export const UNREAD_DOCUMENT_EXTENSIONS: readonly string[] = [
  '.markdown',
  '.mdown',
  '.mkd',
  '.xhtml',
  '.rst',
  '.adoc',
  '.org',
  '.tex',
  '.rtf',
  '.text',
  '.json',
  '.csv',
  '.tsv',
  '.xml',
  '.yaml',
  '.yml',
  '.doc',
  '.docx',
  '.odt',
  '.pdf',
  '.epub',
];
/** Files larger than this (bytes) are skipped: no news article is 10 MB, and reading one would stall a rebuild. */
export const MAX_ARTICLE_BYTES = 10 * 1024 * 1024;

export interface LoadCorpusOptions {
  /** Called once per problem worth a warning (a skipped file, a Latin-1 fallback, a duplicate). */
  readonly onWarning?: OnWarning | undefined;
}

/**
 * Reads every `.txt`, `.md`, `.html` and `.htm` file under `dir`, recursively, in a stable order (paths sorted
 * by code unit); web pages are read as their extracted article (html/readHtmlArticle.ts). Unreadable, empty, binary and oversized files are skipped with a reason; symbolic-link loops are followed
 * once. Articles with identical text are indexed once: later copies become `duplicateIds` of the first.
 */
export async function loadCorpus(dir: string, options: LoadCorpusOptions = {}): Promise<Corpus> {
  const warnings: string[] = [];
  const warn = (message: string, kind: WarningKind): void => {
    warnings.push(message);
    options.onWarning?.(message, kind);
  };
  const skipped: SkippedFile[] = [];
  const skip = (file: string, reason: string): void => {
    skipped.push({ path: file, reason });
    warn(`Skipped ${file}: ${reason}`, 'skipped');
  };

  let rootStat;
  try {
    rootStat = await stat(dir);
  } catch (error) {
    throw new CorpusDirError(`Cannot read corpus folder ${dir}: ${describeFsError(error)}`);
  }
  if (!rootStat.isDirectory()) throw new CorpusDirError(`Corpus folder ${dir} is not a folder`);

  const files = await listArticleFiles(dir, skip);
  if (files.length === 0) {
    const others = skipped.length > 0 ? `; ${plural(skipped.length, 'file was', 'files were')} skipped` : '';
    warn(`No articles in ${dir}: it has no ${READ_LIST} files${others}`, 'empty-folder');
  }
  const byHash = new Map<
    string,
    { input: Parameters<typeof parseArticle>[0]; html?: Article; duplicates: string[] }
  >();
  // Read synchronously, a slice of files between two yields to the event loop: on the BBC corpus's 2,225
  // small files that took a third of the time of promise-based reads (each of which hops through the thread
  // pool four times), and the bot still answers between slices.
  const contents: (Buffer | string)[] = [];
  for (let from = 0; from < files.length; from += FILES_PER_SLICE) {
    for (const relative of files.slice(from, from + FILES_PER_SLICE))
      contents.push(readArticleFile(dir, relative));
    await yieldToEventLoop();
  }
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
        warn(`Read ${relative} as windows-1252: it declares no charset and is not UTF-8`, 'windows-1252');
      input = { id, path: relative, text: html.text };
    } else {
      const decoded = decodeFile(bytes);
      if (decoded.kind === 'skip') {
        skip(relative, decoded.reason);
        continue;
      }
      if (decoded.encoding === 'latin1') warn(`Read ${relative} as Latin-1: it is not valid UTF-8`, 'latin1');
      input = { id, path: relative, text: decoded.text, encoding: decoded.encoding };
    }
    const hash = createHash('sha256').update(input.text).digest('hex');
    const original = byHash.get(hash);
    if (original) {
      original.duplicates.push(id);
      warn(
        `Duplicate: ${relative} has the same text as ${original.input.path}; indexed once as ${original.input.id}`,
        'duplicate',
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
    html
      ? { ...html, duplicateIds: duplicates }
      : parseArticle({ ...input, duplicateIds: duplicates }, (message) => warn(message, 'date')),
  );
  return { dir, articles, skipped, warnings };
}

/** Files read between two yields to the event loop: about 10 ms of reading on an idle machine. */
const FILES_PER_SLICE = 100;

/** A file's bytes, or why it cannot be read (too large, unreadable). */
function readArticleFile(dir: string, relative: string): Buffer | string {
  const absolute = path.join(dir, relative);
  try {
    const info = statSync(absolute);
    if (info.size > MAX_ARTICLE_BYTES) {
      return `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB (${info.size} bytes)`;
    }
    return readFileSync(absolute);
  } catch (error) {
    return `unreadable (${describeFsError(error)})`;
  }
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
      if (entry.name.startsWith('.')) continue; // .git, .DS_Store, editors' swap files
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
      const extension = path.extname(entry.name).toLowerCase();
      if (isDir) await walk(child);
      else if (!isFile) continue;
      else if (ARTICLE_EXTENSIONS.includes(extension)) {
        if (isFolderNote(entry.name)) skip(child, FOLDER_NOTE_REASON);
        else found.push(child);
      } else if (UNREAD_DOCUMENT_EXTENSIONS.includes(extension)) skip(child, unreadReason(extension));
    }
  };
  await walk('');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Names (without extension, any case) of the notes a folder of documents carries about itself rather than
 * articles: the BBC News corpus has a README.TXT that describes the data set and its copyright, which would be
 * listed and quoted as a story ("All rights … are owned by the BBC").
 */
const FOLDER_NOTES: ReadonlySet<string> = new Set([
  'readme',
  'license',
  'licence',
  'copying',
  'changelog',
  'contributing',
  'authors',
  'notice',
]);

const FOLDER_NOTE_REASON =
  "the folder's own note (read-me, licence, change log), not an article; rename it to index it";

/** Whether a file named `name` is a note about the folder (see FOLDER_NOTES), not an article. */
function isFolderNote(name: string): boolean {
  return FOLDER_NOTES.has(path.basename(name, path.extname(name)).toLowerCase());
}

/** Why a document with this extension is not read, and what to do about it. */
function unreadReason(extension: string): string {
  if (['.markdown', '.mdown', '.mkd'].includes(extension) && ARTICLE_EXTENSIONS.includes('.md'))
    return `${extension} files are not read; rename it to .md to index it`;
  return `${extension} files are not read (articles are ${READ_LIST} files)`;
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
