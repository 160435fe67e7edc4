import { VerbatimError } from '../../errors/VerbatimError.js';

/** Thrown when the SQLite baseline is installed but does not load, or cannot be installed. */
export class SqliteBaselineError extends VerbatimError {
  override readonly name: string = 'SqliteBaselineError';
}
