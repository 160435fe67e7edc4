import type { RebuildOutcome } from '../engine/RebuildOutcome.js';
import { plural } from '../text/plural.js';
import { EMBED_COLOR, idLabel } from './embedStyle.js';
import { formatMs } from './formatTime.js';
import { inlineLabel } from './markdown.js';
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
export function shownReason(failure: { readonly userReason: string | undefined }): string {
  return failure.userReason ?? UNEXPECTED_RELOAD_ERROR_TEXT;
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
