import { VerbatimError } from '../errors/VerbatimError.js';

/**
 * Thrown by a command when the person using it made a mistake (unknown article id, page out of range,
 * asking again too soon). Its message is written for that person and shown to them ephemerally; it is
 * not logged as a failure. Anything else thrown is treated as a bug: logged, and answered with one
 * generic line.
 */
export class UserError extends VerbatimError {
  override readonly name: string = 'UserError';
}
