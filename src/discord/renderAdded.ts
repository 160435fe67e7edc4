import type { AddedArticle } from '../web/addArticle.js';
import { inlineLabel } from './markdown.js';
import { idLabel } from './embedStyle.js';
import type { Reply } from './Reply.js';

/** Longest title shown in an /add reply, in characters once escaped. */
const ADDED_TITLE_MAX = 300;
/** Longest reason shown when /add fails, in characters once escaped. */
const ADD_REASON_MAX = 1500;

/** The private reply to `/add` once the article is in the folder: its id, title and date. */
export function renderAdded(added: AddedArticle): Reply {
  const verb = { added: 'Added', updated: 'Updated', unchanged: 'Already up to date:' }[added.status];
  const when = added.status === 'unchanged' ? '' : ' It can be quoted within a few seconds.';
  return {
    content: `${verb} **${inlineLabel(added.title, ADDED_TITLE_MAX)}** (${added.date ?? 'undated'}) as ${idLabel(added.id)}.${when}`,
    ephemeral: true,
  };
}

/** The private reply to `/add` when the page could not be added; `reason` is a FetchError's or AddError's message. */
export function renderAddFailed(reason: string): Reply {
  return { content: `Could not add that page: ${inlineLabel(reason, ADD_REASON_MAX)}`, ephemeral: true };
}

/** Shown by /add when the bot was started without a corpus folder to write to (tests, a fixed engine). */
export const ADD_UNAVAILABLE_TEXT =
  'This bot cannot add articles: it was started without a folder to write them to.';
