import type { APIEmbed } from 'discord.js';
import type { AnswerResult, Excerpt } from '../answer/AnswerResult.js';
import type { Span } from '../passages/Span.js';
import { EMBED_COLOR, idLabel, linkable, TITLE_LABEL_MAX, type ArticleLookup } from './embedStyle.js';
import { MAX_CONTENT_LENGTH, MAX_EMBED_DESCRIPTION_LENGTH, MAX_EMBEDS_TOTAL_LENGTH } from './limits.js';
import { fitQuoteBlock, inlineLabel, truncate } from './markdown.js';
import type { Reply } from './Reply.js';

/** Most ids of other articles with the same quote (Excerpt.alsoIn) listed on a source line; then "and N more". */
const ALSO_IN_SHOWN = 3;

/** Longest speaker name shown, once escaped: a name read from article text could be a whole sentence. */
const SPEAKER_LABEL_MAX = 80;

/**
 * "— Emmanuel Macron, in **Title** · 2022-02-08 · `id`", the terminal's format: the speaker first when the
 * article names one (Excerpt.speaker), else "— **Title** · …"; the title linked to the article's URL when
 * known, then " · also in `id2`" when other articles say the same in the same words. The speaker is article
 * text, so escaped like the title.
 */
function sourceLine(excerpt: Excerpt, url: string | undefined): string {
  const speaker =
    excerpt.speaker === undefined ? '' : `${inlineLabel(excerpt.speaker, SPEAKER_LABEL_MAX)}, in `;
  const title = `**${inlineLabel(excerpt.title, TITLE_LABEL_MAX)}**`;
  const linked = url ? `[${title}](${url})` : title;
  const others = excerpt.alsoIn ?? [];
  const more = others.length > ALSO_IN_SHOWN ? ` and ${others.length - ALSO_IN_SHOWN} more` : '';
  const alsoIn =
    others.length === 0
      ? ''
      : ` · also in ${others
          .slice(0, ALSO_IN_SHOWN)
          .map((id) => idLabel(id))
          .join(', ')}${more}`;
  return `— ${speaker}${linked} · ${excerpt.date ?? 'undated'} · ${idLabel(excerpt.sourceId)}${alsoIn}`;
}

/** Shown when the corpus has no answer; quotes nothing. */
export const NO_ANSWER_TEXT =
  '**No article answers this.** Try other words (names, places, what happened), or see `/sources` for the articles I have read.';

/**
 * The engine's result as a message: for `found`, one embed per excerpt with the quote as a quote block
 * (matched words in bold) followed by its source; for `none`, a short hint; for `invalid`, the engine's
 * message, ephemeral. `ephemeral` applies to `found` and `none`.
 */
export function renderAnswer(
  result: AnswerResult,
  options: { readonly ephemeral?: boolean; readonly lookup?: ArticleLookup } = {},
): Reply {
  const ephemeral = options.ephemeral === true;
  switch (result.kind) {
    case 'invalid':
      return { content: truncate(result.message, MAX_CONTENT_LENGTH), ephemeral: true };
    case 'none':
      return { content: NO_ANSWER_TEXT, ephemeral };
    case 'found': {
      const excerpts = result.excerpts.slice(0, 10);
      // Share the 6,000 total between the excerpts, leaving room for what fitReply counts beyond descriptions.
      const perEmbed = Math.min(
        MAX_EMBED_DESCRIPTION_LENGTH,
        Math.floor((MAX_EMBEDS_TOTAL_LENGTH - 10) / excerpts.length),
      );
      const embeds = excerpts.map((excerpt): APIEmbed => {
        const source = sourceLine(excerpt, linkable(options.lookup?.(excerpt.sourceId)?.url));
        const { text, highlights } = markCut(excerpt);
        const quote = fitQuoteBlock(text, highlights, Math.max(0, perEmbed - source.length - 1));
        return { color: EMBED_COLOR, description: `${quote}\n${source}` };
      });
      return { embeds, ephemeral };
    }
  }
}

/** Marks a side of a quote cut from its sentence, as the terminal does. */
const CUT_MARK = '…';

/**
 * The quote with "…" on each side cut from a longer sentence (Excerpt.cut), highlights moved to match. The
 * marks are outside the article's characters, which stay as they are.
 */
function markCut(excerpt: Excerpt): { text: string; highlights: readonly Span[] } {
  const before = excerpt.cut?.before === true ? CUT_MARK : '';
  const after = excerpt.cut?.after === true ? CUT_MARK : '';
  const highlights = before
    ? excerpt.highlights.map((h) => ({ start: h.start + before.length, end: h.end + before.length }))
    : excerpt.highlights;
  return { text: `${before}${excerpt.quote}${after}`, highlights };
}
