import { loadCorpus } from '../corpus/loadCorpus.js';

/** What the page's side panel shows: the indexed articles and the index's status. */
export interface CorpusView {
  readonly dir: string;
  readonly articles: readonly { readonly id: string; readonly title: string; readonly date: string | null }[];
  readonly skipped: readonly { readonly path: string; readonly reason: string }[];
  /** The bot's last word on its index: "Corpus loaded", "Corpus reloaded" or a failed reload, with figures. */
  readonly status: {
    readonly message: string;
    readonly at: string;
    readonly details: Record<string, unknown>;
  } | null;
}

/** A bot log line: `2026-11-30T12:00:00.000Z INFO  Corpus reloaded {"articles":3,...}`. */
const LOG_LINE = /^(\S+) +(DEBUG|INFO|WARN|ERROR) +(.*?)(?: (\{.*\}))?$/;

/**
 * The side panel's data. The bot process owns the index; this reads the folder's articles (no index) when
 * the bot reports that it loaded or reloaded the corpus, so the list follows the folder as the bot does.
 */
export class CorpusPanel {
  private view: CorpusView;

  constructor(
    dir: string,
    private readonly changed: (view: CorpusView) => void,
  ) {
    this.view = { dir, articles: [], skipped: [], status: null };
  }

  get current(): CorpusView {
    return this.view;
  }

  /** Reads one line of the bot's log; a corpus event refreshes the panel. */
  onBotLog(line: string): void {
    const match = LOG_LINE.exec(line);
    const message = match?.[3] ?? '';
    if (!match || !message.startsWith('Corpus')) return;
    let details: Record<string, unknown> = {};
    try {
      details = match[4] ? (JSON.parse(match[4]) as Record<string, unknown>) : {};
    } catch {
      // A context that is not JSON still tells that the corpus changed.
    }
    this.view = { ...this.view, status: { message, at: match[1] ?? '', details } };
    void this.refresh();
  }

  /** Re-reads the folder's articles. */
  async refresh(): Promise<void> {
    try {
      const corpus = await loadCorpus(this.view.dir);
      this.view = {
        ...this.view,
        articles: corpus.articles.map((a) => ({ id: a.id, title: a.title, date: a.date })),
        skipped: corpus.skipped,
      };
    } catch (error) {
      this.view = { ...this.view, articles: [], skipped: [{ path: this.view.dir, reason: String(error) }] };
    }
    this.changed(this.view);
  }
}
