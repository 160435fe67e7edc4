/**
 * What a warning is about, so a presentation can group warnings (the CLI's one summary line) without parsing
 * their messages. Adding a kind here makes TypeScript ask for its wording in src/cli/warningSummary.ts.
 * - `skipped`: a file under the corpus folder was not indexed (empty, binary, oversized, unreadable);
 * - `duplicate`: a file has the same text as another and was indexed once;
 * - `latin1`: a file is not valid UTF-8 and was read as Latin-1;
 * - `windows-1252`: a web page declares no charset and is not UTF-8, so it was read as windows-1252;
 * - `date`: a file has a date field or line that could not be read (ambiguous, impossible); it is undated;
 * - `empty-folder`: the corpus folder has no article files at all;
 * - `index-cache`: the persisted index could not be read or written (it is rebuilt; answers are unaffected).
 */
export type WarningKind =
  'skipped' | 'duplicate' | 'latin1' | 'windows-1252' | 'date' | 'empty-folder' | 'index-cache';

/** Receives one warning: a message for people (naming the file) and its kind for grouping. */
export type OnWarning = (message: string, kind: WarningKind) => void;
