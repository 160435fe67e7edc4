import { VerbatimError } from '../errors/VerbatimError.js';

/** Thrown when Discord refuses the registration; the message says what to check, never the token. */
export class DeployError extends VerbatimError {
  override readonly name: string = 'DeployError';
}
