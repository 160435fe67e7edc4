import { createHash } from 'node:crypto';
import { mkdir, readFile, realpath, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

interface WebStateFile {
  readonly version: 1;
  /** Article identity (normalised URL) → the file's path under the corpus folder. */
  readonly articles: Record<string, string>;
  /** Feed URL → keys (GUID, else link) of the items already handled. */
  readonly feeds: Record<string, string[]>;
}

/**
 * What `add` and the feed poller remember about one corpus folder: which file holds which URL's article, and
 * which feed items were already handled (so an article deleted from the folder stays deleted). Kept outside
 * the corpus folder, beside the index cache (`<INDEX_CACHE_DIR>/../web/<folder hash>.json`), so a read-only
 * corpus and a clean folder stay possible. Written through a temporary file and a rename.
 */
export class WebState {
  private constructor(
    private readonly file: string,
    private data: WebStateFile,
  ) {}

  /** The state file for the corpus at `corpusDir`, beside the index cache at `cacheDir`. */
  static async fileFor(corpusDir: string, cacheDir: string): Promise<string> {
    const real = await realpath(corpusDir).catch(() => path.resolve(corpusDir));
    const name = createHash('sha256').update(real).digest('hex').slice(0, 16);
    return path.join(path.dirname(path.resolve(cacheDir)), 'web', `${name}.json`);
  }

  /** Reads the state (empty when there is none yet, or when the file is unreadable). */
  static async open(corpusDir: string, cacheDir: string): Promise<WebState> {
    const file = await WebState.fileFor(corpusDir, cacheDir);
    try {
      const parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<WebStateFile>;
      if (parsed.version === 1 && parsed.articles && parsed.feeds) {
        return new WebState(file, { version: 1, articles: parsed.articles, feeds: parsed.feeds });
      }
    } catch {
      // No state yet (or a damaged file): start afresh; the worst case is that a re-added URL gets a new file.
    }
    return new WebState(file, { version: 1, articles: {}, feeds: {} });
  }

  /** The corpus-relative path of the article with this identity, if one was added. */
  articleFile(identity: string): string | undefined {
    return Object.hasOwn(this.data.articles, identity) ? this.data.articles[identity] : undefined;
  }

  /** Whether a path already belongs to an added article other than `identity`. */
  isTakenByOther(relative: string, identity: string): boolean {
    return Object.entries(this.data.articles).some(
      ([other, file]) => file === relative && other !== identity,
    );
  }

  setArticleFile(identity: string, relative: string): void {
    this.data.articles[identity] = relative;
  }

  hasSeen(feedUrl: string, itemKey: string): boolean {
    return this.data.feeds[feedUrl]?.includes(itemKey) ?? false;
  }

  markSeen(feedUrl: string, itemKey: string): void {
    const seen = (this.data.feeds[feedUrl] ??= []);
    if (!seen.includes(itemKey)) seen.push(itemKey);
  }

  async save(): Promise<void> {
    await mkdir(path.dirname(this.file), { recursive: true });
    const temporary = `${this.file}.${process.pid}.${Date.now()}.tmp`;
    await writeFile(temporary, `${JSON.stringify(this.data, null, 1)}\n`);
    await rename(temporary, this.file);
  }
}
