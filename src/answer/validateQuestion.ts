import { termsOf } from '../index/terms.js';
import { MAX_QUESTION_LENGTH, type InvalidReason } from './AnswerResult.js';

export type QuestionCheck =
  | { readonly kind: 'ok'; readonly question: string; readonly terms: readonly string[] }
  | { readonly kind: 'invalid'; readonly reason: InvalidReason; readonly message: string };

/**
 * Refuses questions that cannot be searched, with a message a user can act on: empty ones, ones over
 * MAX_QUESTION_LENGTH characters, and ones made only of common words or punctuation.
 */
export function validateQuestion(raw: string): QuestionCheck {
  const question = raw.trim();
  if (question.length === 0) {
    return {
      kind: 'invalid',
      reason: 'empty',
      message: 'The question is empty: type what you want to know.',
    };
  }
  if (question.length > MAX_QUESTION_LENGTH) {
    return {
      kind: 'invalid',
      reason: 'too-long',
      message: `The question is ${question.length} characters long; ask in at most ${MAX_QUESTION_LENGTH}.`,
    };
  }
  const terms = termsOf(question);
  if (terms.length === 0) {
    return {
      kind: 'invalid',
      reason: 'no-terms',
      message:
        'The question has no words to search for (only common words or punctuation). Name who or what you are asking about.',
    };
  }
  return { kind: 'ok', question, terms };
}
