import type { AnswerContext } from './AnswerContext.js';
import { expandContractions } from './expandContractions.js';
import { restoreCase } from './restoreCase.js';
import { withoutLeadIn } from './withoutLeadIn.js';

/**
 * `question` as it is searched: without the words that speak to the bot (withoutLeadIn), its names written as
 * the articles write them when its capitals mark none (restoreCase), then its contractions written out
 * (expandContractions). Contractions go last: the lead-ins hold some ("I'd like to know"), and a written-out
 * word is lowercase ("WHAT'D" → "WHAT did"), so a question in capitals or in Title Case would look as if its
 * capitals marked names.
 */
export function readQuestion(ctx: AnswerContext, question: string): string {
  return expandContractions(restoreCase(ctx, withoutLeadIn(question)));
}
