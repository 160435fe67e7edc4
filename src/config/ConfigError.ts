import { VerbatimError } from '../errors/VerbatimError.js';

/** Thrown when a setting is missing or malformed; the message names the variable, never its value. */
export class ConfigError extends VerbatimError {
  override readonly name: string = 'ConfigError';
}
