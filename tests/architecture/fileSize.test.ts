// The developers' guide keeps source files small and single-purpose: fewer than 300 lines each. Nothing else
// checks it, and files grow a rule at a time past the line unnoticed.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/fixtureCorpus.js';

/** A source file has fewer lines than this. */
const MAX_LINES = 300;

/** The TypeScript files under `dir` (relative to the repository), recursively. */
function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(REPO_ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => path.join(dir, file));
}

describe('source file size', () => {
  it(`keeps every file of src, commands and scripts under ${MAX_LINES} lines`, () => {
    const long = ['src', 'commands', 'scripts']
      .flatMap(sourceFiles)
      .map((file) => ({
        file,
        lines: readFileSync(path.join(REPO_ROOT, file), 'utf8').split('\n').length - 1,
      }))
      .filter(({ lines }) => lines >= MAX_LINES);
    expect(long).toEqual([]);
  });
});
