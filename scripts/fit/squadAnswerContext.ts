import type { AnswerContext } from '../../src/answer/AnswerContext.js';
import { answerContextOf } from '../../src/eval/answerContextOf.js';
import { squadArticles, type SquadParagraph } from '../../src/eval/squad/loadSquad.js';

/** The answer stage's context over SQuAD paragraphs (one article each), never declining, for the fitting scripts. */
export function squadAnswerContext(paragraphs: readonly SquadParagraph[]): AnswerContext {
  return answerContextOf(squadArticles(paragraphs));
}
