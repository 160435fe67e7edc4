import type { AnswerResult, Excerpt } from '../answer/AnswerResult.js';

/** The hint shown when no article answers: the user's next steps. */
export const NO_ANSWER_TEXT =
  'No article answers this. Try other words (names, places, numbers), or list the articles with `npm run sources`.';

/**
 * Shown under quotes whose scores do not fall in order (see pickExcerpts.ts): the first quote may go on to the
 * sentence after it and carry that pair's score (withNextSentence); the first article's quote that holds the
 * kind of answer asked for comes second; the best-matching story's quote follows when the first is from
 * another (topStoryQuote); and further quotes count more when their article is already quoted
 * (SAME_ARTICLE_FACTOR) and less when they hold no mention of the kind asked for (UNTYPED_FACTOR).
 */
export const ORDER_NOTE =
  "Quotes are in order of preference, not of score: the first may go on to the sentence after it; then come the first article's other sentence holding the kind of answer asked for, the best-matching article's quote when the first is from another, and quotes of articles already quoted or holding the kind of answer asked for, before others that score higher.";

/** The quote on one line, with "…" on each side where it was cut from a longer sentence (see Excerpt.cut). */
export function quoteLine(excerpt: Excerpt): string {
  const quote = excerpt.quote.replace(/\s*\n\s*/g, ' ');
  return `${excerpt.cut?.before ? '…' : ''}${quote}${excerpt.cut?.after ? '…' : ''}`;
}

/** " · also in a, b" for an excerpt whose text other articles repeat (see Excerpt.alsoIn), else "". */
function alsoInLabel(excerpt: Excerpt): string {
  return excerpt.alsoIn?.length ? ` · also in ${excerpt.alsoIn.join(', ')}` : '';
}

/**
 * The line under a quote, as on Discord: "— Emmanuel Macron, in Title · 2022-02-08 · id · score 1.998", the
 * speaker first when the article names one (Excerpt.speaker), else "— Title · …"; then "also in …".
 */
function sourceLine(excerpt: Excerpt): string {
  const speaker = excerpt.speaker === undefined ? '' : `${oneLine(excerpt.speaker)}, in `;
  return `— ${speaker}${oneLine(excerpt.title)} · ${excerpt.date ?? 'undated'} · ${excerpt.sourceId} · score ${excerpt.score.toFixed(3)}${alsoInLabel(excerpt)}`;
}

/** Text on one line: a title or name taken from an article may hold a line break. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * An answer for a terminal: each quote (best first, "…" where cut), then its source line (speaker when
 * known, title, date, id, score); or why there is none. When the scores are not in falling order, a last
 * line says why.
 */
export function formatAnswer(result: AnswerResult): string {
  switch (result.kind) {
    case 'invalid':
      return result.message;
    case 'none':
      return NO_ANSWER_TEXT;
    case 'found': {
      const quotes = result.excerpts.map((e, i) => `${i + 1}. “${quoteLine(e)}”\n   ${sourceLine(e)}`);
      const inScoreOrder = result.excerpts.every((e, i, all) => e.score <= (all[i - 1]?.score ?? Infinity));
      return [...quotes, ...(inScoreOrder ? [] : [ORDER_NOTE])].join('\n\n');
    }
  }
}

/**
 * The JSON Lines record of one answer: exactly these keys, `date`, `author` and `speaker` null when unknown,
 * `quote` the exact slice (never marked as cut). A rejected question (empty, too long) also has `error`, the
 * reason for people. `authorOf` gives an article's byline (the engine's `getArticle`); without it every
 * author is null.
 */
export function answerRecord(
  result: AnswerResult,
  authorOf?: (sourceId: string) => string | undefined,
): object {
  return {
    question: result.question,
    answered: result.kind === 'found',
    excerpts:
      result.kind === 'found'
        ? result.excerpts.map((e) => ({
            sourceId: e.sourceId,
            title: e.title,
            date: e.date,
            author: authorOf?.(e.sourceId) ?? null,
            quote: e.quote,
            start: e.start,
            end: e.end,
            score: e.score,
            alsoIn: e.alsoIn ?? [],
            speaker: e.speaker ?? null,
          }))
        : [],
    ...(result.kind === 'invalid' ? { error: result.message } : {}),
  };
}
