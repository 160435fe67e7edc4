import { VerbatimError } from '../../errors/VerbatimError.js';

/** Thrown when a file is not SQuAD v1.1 JSON; the message names the file and the first problem. */
export class SquadFormatError extends VerbatimError {
  override readonly name: string = 'SquadFormatError';
}
