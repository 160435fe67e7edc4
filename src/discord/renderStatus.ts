import type { RebuildOutcome, LiveEngineStatus } from '../engine/LiveEngine.js';
import { plural } from '../text/plural.js';
import { inlineLabel } from './markdown.js';
import { EMBED_COLOR, idLabel } from './render.js';
import type { Reply } from './Reply.js';

/** Ids listed per kind of change in a /reload reply; the rest are counted ("… and 480 more"). */
export const RELOAD_LIST_MAX = 15;
/** Shown by /reload and /status when the bot was started with a fixed engine (no live corpus). */
export const NO_LIVE_CORPUS_TEXT =
  'This bot was started with a fixed set of articles, so it cannot reload them. Restart it to pick up changes.';

/**
 * Shown instead of a failed rebuild's reason when that reason was not written for people (RebuildFailure's
 * `userReason` is undefined): it may name internal paths or code, so the full error goes to the bot's log.
 */
export const UNEXPECTED_RELOAD_ERROR_TEXT = "unexpected error (see the bot's log)";

/** A failure's reason as users may see it: the one written for them, or UNEXPECTED_RELOAD_ERROR_TEXT. */
function shownReason(failure: { readonly userReason: string | undefined }): string {
  return failure.userReason ?? UNEXPECTED_RELOAD_ERROR_TEXT;
}

/** What `/status` shows besides the engine's own status: the process's figures. */
export interface ProcessFigures {
  /** Seconds since the bot started. */
  readonly uptimeSeconds: number;
  /** `process.memoryUsage()` in bytes. */
  readonly memory: Pick<NodeJS.MemoryUsage, 'rss' | 'heapUsed'>;
  /** Now, epoch ms (for the index's age). */
  readonly now: number;
}

function listed(label: string, items: readonly string[]): string[] {
  if (items.length === 0) return [];
  const shown = items.slice(0, RELOAD_LIST_MAX).map((item) => idLabel(item));
  const more = items.length - shown.length;
  return [`**${label} (${items.length}):** ${shown.join(', ')}${more > 0 ? ` … and ${more} more` : ''}`];
}

/** `/reload`'s answer: what changed (added, updated, removed, skipped with reasons), or why it failed. */
export function renderReload(outcome: RebuildOutcome): Reply {
  if (outcome.kind === 'failed') {
    return {
      content: `**Reload failed:** ${inlineLabel(shownReason(outcome), 1500)}\nI keep answering from the articles I had.`,
      ephemeral: true,
    };
  }
  const { diff } = outcome;
  const changes = [
    ...listed('Added', diff.added),
    ...listed('Updated', diff.updated),
    ...listed('Removed', diff.removed),
  ];
  const skipped = diff.skipped
    .slice(0, RELOAD_LIST_MAX)
    .map((file) => `${idLabel(file.path)}: ${inlineLabel(file.reason, 200)}`);
  if (diff.skipped.length > skipped.length)
    skipped.push(`… and ${diff.skipped.length - skipped.length} more`);
  const description = [
    `${plural(outcome.articles, 'article')}, ${plural(outcome.passages, 'passage')}, built in ${formatMs(outcome.buildMs)}.`,
    '',
    ...(changes.length > 0 ? changes : ['No article changed.']),
    ...(skipped.length > 0 ? ['', `**Skipped (${diff.skipped.length}):**`, ...skipped] : []),
  ].join('\n');
  return { embeds: [{ color: EMBED_COLOR, title: 'Reloaded', description }], ephemeral: true };
}

/** `/status`: articles, passages, index age, last build time, uptime and memory. */
export function renderStatus(status: LiveEngineStatus, figures: ProcessFigures): Reply {
  const fields = [
    { name: 'Articles', value: String(status.articles), inline: true },
    { name: 'Passages', value: String(status.passages), inline: true },
    { name: 'Skipped files', value: String(status.skipped), inline: true },
    { name: 'Index age', value: formatDuration((figures.now - status.builtAt) / 1000), inline: true },
    { name: 'Last build', value: formatMs(status.buildMs), inline: true },
    { name: 'Reloads', value: `${status.rebuilds} (${status.failures} failed)`, inline: true },
    { name: 'Uptime', value: formatDuration(figures.uptimeSeconds), inline: true },
    {
      name: 'Memory',
      value: `${mb(figures.memory.heapUsed)} heap, ${mb(figures.memory.rss)} resident`,
      inline: true,
    },
    { name: 'Watching', value: status.watching ? 'yes' : 'no', inline: true },
  ];
  if (status.failing) {
    fields.push({
      name: 'Last reload failed',
      value: `${inlineLabel(shownReason(status.failing), 900)} (still answering from the last good index)`,
      inline: false,
    });
  }
  return { embeds: [{ color: EMBED_COLOR, title: 'Verbatim status', fields }], ephemeral: true };
}

function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** "850 ms" or "2.4 s". */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** "42 s", "5 min 3 s", "3 h 12 min", "2 d 4 h". */
export function formatDuration(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  if (s < 86400) return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
  return `${Math.floor(s / 86400)} d ${Math.floor((s % 86400) / 3600)} h`;
}
