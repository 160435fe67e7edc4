import { plural } from '../text/plural.js';
import { EMBED_COLOR } from './embedStyle.js';
import type { Reply } from './Reply.js';

/** `/help`: what the bot does and how to ask. */
export function renderHelp(articleCount: number): Reply {
  const description = [
    `I answer questions about ${plural(articleCount, 'news article')} by quoting them word for word, with the source of every quote. I never paraphrase: if no article answers, I say so.`,
    '',
    '**/ask** `question` — quotes the passages that answer it, matched words in bold. Optional: `source` to ask one article, `private` to see the answer alone.',
    '**/sources** — lists the articles: id, title and date.',
    '**/source** `id` — one article: title, date, link, length and its first lines.',
    '**@mention me** with a question — same as /ask, answered as a reply.',
    '**/status** — how many articles and passages are indexed, and how fresh the index is.',
    '**/reload** — re-read the articles now (members with Manage Server).',
    '**/add** `url` — add a news article from a web page (members with Manage Server).',
    '',
    'Ask with the words an article would use: names, places, what happened.',
  ].join('\n');
  return { embeds: [{ color: EMBED_COLOR, title: 'Verbatim', description }], ephemeral: true };
}
