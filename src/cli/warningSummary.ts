import type { WarningKind } from '../corpus/WarningKind.js';

/** One warning as the CLI received it from the engine. */
export interface CliWarning {
  readonly kind: WarningKind;
  readonly message: string;
}

/** `count` with the singular or plural phrase that follows it: `1 file was`, `2 files were`. */
const counted = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * How the terminal shows each kind of warning: folded into the one summary line with this wording (the kinds
 * that `npm run sources` lists file by file), or `'each'`, printed as it comes (rare problems no command lists).
 * A new kind needs one line here.
 */
const WORDING: { readonly [K in WarningKind]: ((count: number) => string) | 'each' } = {
  duplicate: (n) =>
    `${counted(n, 'file is a copy of another and was', 'files are copies of others and were')} indexed once`,
  latin1: (n) => `${counted(n, 'file was', 'files were')} read as Latin-1`,
  'windows-1252': (n) => `${counted(n, 'page was', 'pages were')} read as windows-1252 (no charset declared)`,
  skipped: (n) => `${counted(n, 'file was', 'files were')} skipped`,
  date: (n) => `${counted(n, 'file has a date', 'files have dates')} that could not be read`,
  'empty-folder': 'each',
  'index-cache': 'each',
};

/** Whether warnings of this kind are folded into the summary line rather than printed one by one. */
export function isSummarised(kind: WarningKind): boolean {
  return WORDING[kind] !== 'each';
}

/**
 * The one line that stands for the summarised warnings: counts by kind in the order of WORDING, then
 * where to see each file ("98 files are copies of others and were indexed once; 1 file was read as Latin-1;
 * `npm run sources` lists them"). A single warning is shown as itself, since there is nothing to fold.
 * Returns null when there is nothing to say.
 */
export function summariseWarnings(warnings: readonly CliWarning[]): string | null {
  const folded = warnings.filter((w) => isSummarised(w.kind));
  if (folded.length === 0) return null;
  if (folded.length === 1) return (folded[0] as CliWarning).message;
  // In the table's order, so the line reads the same on every run.
  const parts: string[] = [];
  for (const [kind, wording] of Object.entries(WORDING) as [WarningKind, (typeof WORDING)[WarningKind]][]) {
    const count = folded.filter((w) => w.kind === kind).length;
    if (count > 0 && wording !== 'each') parts.push(wording(count));
  }
  return `${parts.join('; ')}; \`npm run sources\` lists them`;
}
