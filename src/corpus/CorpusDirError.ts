import { VerbatimError } from '../errors/VerbatimError.js';

/** Thrown when the corpus folder itself cannot be read (missing, not a folder, no permission). */
export class CorpusDirError extends VerbatimError {
  override readonly name: string = 'CorpusDirError';
}
