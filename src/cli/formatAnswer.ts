import type { AnswerResult } from '../answer/AnswerResult.js';

/** The hint shown when no article answers: the user's next steps. */
export const NO_ANSWER_TEXT =
  'No article answers this. Try other words (names, places, numbers), or list the articles with `npm run sources`.';

/** An answer for a terminal: each quote, then its source (title, date, id) and score; or why there is none. */
export function formatAnswer(result: AnswerResult): string {
  switch (result.kind) {
    case 'invalid':
      return result.message;
    case 'none':
      return NO_ANSWER_TEXT;
    case 'found':
      return result.excerpts
        .map((e, i) => {
          const quote = e.quote.replace(/\s*\n\s*/g, ' ');
          return `${i + 1}. “${quote}”\n   — ${e.title} (${e.date ?? 'undated'}) [${e.sourceId}] score ${e.score.toFixed(3)}`;
        })
        .join('\n\n');
  }
}

/**
 * The JSON Lines record of one answer: exactly these keys, `date` and `author` null when unknown. `authorOf`
 * gives an article's byline (the engine's `getArticle`); without it every author is null.
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
          }))
        : [],
  };
}
