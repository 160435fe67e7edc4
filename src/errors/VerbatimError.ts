/**
 * The base class of every error Verbatim throws on purpose: one whose message is written for a person (it
 * names the file, setting or article at fault, never a secret). Anything else that reaches a presentation is
 * a bug: logged with its stack, and shown to users as one generic line.
 */
export class VerbatimError extends Error {
  override readonly name: string = 'VerbatimError';
}
