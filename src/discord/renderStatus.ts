import type { LiveEngineStatus } from '../engine/RebuildOutcome.js';
import { EMBED_COLOR } from './embedStyle.js';
import { inlineLabel } from './markdown.js';
import { formatDuration, formatMs } from './formatTime.js';
import { shownReason } from './renderReload.js';
import type { Reply } from './Reply.js';

/** What `/status` shows besides the engine's own status: the process's figures. */
export interface ProcessFigures {
  /** Seconds since the bot started. */
  readonly uptimeSeconds: number;
  /** `process.memoryUsage()` in bytes. */
  readonly memory: Pick<NodeJS.MemoryUsage, 'rss' | 'heapUsed'>;
  /** Now, epoch ms (for the index's age). */
  readonly now: number;
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
