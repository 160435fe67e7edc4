// Types of buildRecord.cjs for the TypeScript that imports it (src/cli/askSnapshot.ts).

/** What `build.json` records about the current build. */
export interface BuildRecord {
  /** The repository root the build was made from. */
  readonly root: string;
  /** The build's folder under `.cache/build/`. */
  readonly dir: string;
  /** The Node.js version that made it (`process.version`): another one rebuilds (start-up snapshots differ). */
  readonly node?: string;
  /** sha256 (base64url) of every input file, by path relative to the root; null for a file that was missing. */
  readonly hashes: Readonly<Record<string, string | null>>;
}
/** The record of the current build under `root`, or null when there is none. */
export function readBuildRecord(root: string): BuildRecord | null;
/** Whether the build described by `record` still matches the files on disk under `root` and this Node.js. */
export function isFresh(root: string, record: BuildRecord): boolean;
