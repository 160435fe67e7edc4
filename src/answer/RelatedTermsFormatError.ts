import { VerbatimError } from '../errors/VerbatimError.js';

/** Thrown for a table line that is not `term related:percent…`; the message names the line. */
export class RelatedTermsFormatError extends VerbatimError {
  override readonly name: string = 'RelatedTermsFormatError';
}
