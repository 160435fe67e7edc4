import type { Passage } from '../passages/buildPassages.js';
import type { AnswerType } from './answerType.js';
import type { CandidateQuote } from './CandidateQuote.js';
import { ledeFirst } from './ledeFirst.js';
import { typedInArticleFirst, TYPED_KEEP } from './leadInArticle.js';
import { nearFirst } from './nearFirst.js';
import { reasonFirst } from './reasonFirst.js';
import { surePersonFirst } from './surePersonFirst.js';

/** The answer types whose quotes follow on to a later sentence holding the answer (see followOnSentence). */
export const FOLLOWS_ON: ReadonlySet<AnswerType> = new Set<AnswerType>([
  'count',
  'money',
  'distance',
  'duration',
  'date',
  'person',
  'organisation',
  'place',
]);

/**
 * Puts `quotes` (scored candidates of one question, asked for `type`) in the order they are quoted: best score
 * first, but a continuation that holds the answer no better than its sentence never first, then the
 * promotions that read the kind of answer asked for (reasonFirst; a quote holding a name, an amount, a date or a
 * length over a first quote holding none, typedInArticleFirst, then surePersonFirst; nearFirst) and the lede's
 * (ledeFirst). In place.
 */
export function orderQuotes(quotes: CandidateQuote[], type: AnswerType, passages: readonly Passage[]): void {
  quotes.sort((a, b) => b.score - a.score || a.passage.id - b.passage.id || a.span.start - b.span.start);
  const lead = quotes.findIndex((q) => !q.secondary);
  if (lead > 0) quotes.unshift(...quotes.splice(lead, 1));
  if (type === 'reason') reasonFirst(quotes);
  else if (FOLLOWS_ON.has(type)) {
    typedInArticleFirst(quotes, TYPED_KEEP);
    if (type === 'person') surePersonFirst(quotes);
    nearFirst(quotes);
  }
  ledeFirst(quotes, passages);
}
