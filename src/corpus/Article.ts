/** One article of the corpus, as decoded from its file. Offsets everywhere index `text`. */
export interface Article {
  /** The file's path under the corpus folder without its extension, with `/` separators (`tech/042`). */
  readonly id: string;
  /** The file's path under the corpus folder, with its extension. */
  readonly path: string;
  /** Headline, front-matter title, or the first words of the text; never empty. */
  readonly title: string;
  /** Publication date as `YYYY-MM-DD`, or null when the file does not give one. */
  readonly date: string | null;
  /** Source URL (front matter, a trailing `Source: URL` line, or an HTML page's canonical link), or null. */
  readonly url: string | null;
  /** The byline (front matter `author`, or an HTML page's author); absent when unknown. */
  readonly author?: string;
  /**
   * The whole decoded file (BOM removed); for an HTML page, the article's extracted text, its paragraphs
   * separated by blank lines. Quotes are slices of this string (`npm run sources -- --text <id>` prints it).
   */
  readonly text: string;
  /** Where the article body starts in `text` (after front matter and metadata lines), in UTF-16 code units. */
  readonly bodyStart: number;
  /**
   * Which decoding produced `text`: `utf-8`, `latin1` (a .txt/.md file that is not valid UTF-8), or for an
   * HTML page the WHATWG name of its encoding (`windows-1252`, `shift_jis`, …).
   */
  readonly encoding: string;
  /** Ids of other files whose text is identical to this one; they are not indexed separately. */
  readonly duplicateIds: readonly string[];
}

/** A file under the corpus folder that was not indexed, and why (for `sources` and `/reload`). */
export interface SkippedFile {
  readonly path: string;
  readonly reason: string;
}

/** Everything loaded from one corpus folder. `articles` is in a stable order (sorted by path). */
export interface Corpus {
  readonly dir: string;
  readonly articles: readonly Article[];
  readonly skipped: readonly SkippedFile[];
  /** Messages worth a warning (Latin-1 fallback, duplicates); files skipped are also in `skipped`. */
  readonly warnings: readonly string[];
}
