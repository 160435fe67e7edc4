import { validateQuestion } from '../answer/validateQuestion.js';
import type { CommandContext } from './Command.js';
import { cooldownText } from './Cooldown.js';
import { renderAnswer } from './renderAnswer.js';
import { unknownArticleText } from './renderArticle.js';
import type { Reply } from './Reply.js';
import { UserError } from './UserError.js';

/** One question, from /ask or from a mention. */
export interface Question {
  readonly userId: string;
  readonly question: string;
  /** Only quote this article. */
  readonly sourceId?: string | undefined;
  readonly ephemeral?: boolean | undefined;
}

/**
 * Answers a question with the engine and renders the result. Throws `UserError` when the user names an article
 * that does not exist or is asking faster than the cooldown allows. Only a question that will be searched
 * counts against the cooldown: one that is empty, too long or only common words is answered with what to fix.
 */
export function answerQuestion(
  ctx: CommandContext,
  { userId, question, sourceId, ephemeral }: Question,
): Reply {
  if (sourceId !== undefined && ctx.engine.getArticle(sourceId) === undefined) {
    throw new UserError(unknownArticleText(sourceId, ctx.engine.suggestArticles(sourceId, 5)));
  }
  if (validateQuestion(question).kind === 'ok') {
    const check = ctx.cooldown.take(userId);
    if (!check.ok) throw new UserError(cooldownText(check.retryAfterMs));
  }
  const result = ctx.engine.answer(question, sourceId === undefined ? {} : { sourceId });
  ctx.logger.debug('Answered a question', {
    kind: result.kind,
    excerpts: result.kind === 'found' ? result.excerpts.map((e) => `${e.sourceId}@${e.start}`) : [],
  });
  return renderAnswer(result, { ephemeral: ephemeral === true, lookup: (id) => ctx.engine.getArticle(id) });
}
