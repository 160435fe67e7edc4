// Types of build.mjs for the TypeScript that imports it (tests/scripts/build.test.ts).

/** The repository root. */
export const ROOT: string;
/** Every module started as a process or a worker, relative to the root. */
export const ENTRY_POINTS: readonly string[];
/** What `build.json` records about the current build. */
export interface BuildRecord {
  /** The repository root the build was made from. */
  readonly root: string;
  /** The build's folder under `.cache/build/`. */
  readonly dir: string;
  /** The Node.js version that made it (`process.version`): another one rebuilds (the bundle targets it). */
  readonly node?: string;
  /** sha256 (base64url) of every input file, by path relative to the root; null for a file that was missing. */
  readonly hashes: Readonly<Record<string, string | null>>;
}
/** The folder holding the current build of `root`'s sources, built first when missing or stale. */
export function ensureBuild(root?: string): Promise<string>;
/** Whether the build described by `record` still matches the files on disk under `root`. */
export function isFresh(root: string, record: BuildRecord): boolean;
/** The record of the current build under `root`, or null when there is none. */
export function readBuildRecord(root: string): BuildRecord | null;
