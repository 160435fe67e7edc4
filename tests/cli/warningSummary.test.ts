import { describe, expect, it } from 'vitest';
import type { CliWarning } from '../../src/cli/warningSummary.js';
import { summariseWarnings } from '../../src/cli/warningSummary.js';

const copies = (n: number): CliWarning[] =>
  Array.from({ length: n }, (_, i) => ({
    kind: 'duplicate',
    message: `Duplicate: copy${i}.txt has the same text as a.txt; indexed once as a`,
  }));
const latin1: CliWarning = {
  kind: 'latin1',
  message: 'Read sport/199.txt as Latin-1: it is not valid UTF-8',
};

describe('summariseWarnings', () => {
  it('folds the BBC corpus warnings into the one line the issue asks for', () => {
    expect(summariseWarnings([...copies(50), latin1, ...copies(48)])).toBe(
      '98 files are copies of others and were indexed once; 1 file was read as Latin-1; `npm run sources` lists them',
    );
  });

  it('uses the singular for one file of a kind and keeps one order whatever order the warnings came in', () => {
    const skipped: CliWarning = { kind: 'skipped', message: 'Skipped empty.txt: empty file' };
    expect(summariseWarnings([skipped, latin1, ...copies(1)])).toBe(
      '1 file is a copy of another and was indexed once; 1 file was read as Latin-1; 1 file was skipped; `npm run sources` lists them',
    );
  });

  it('shows a single warning as itself: there is nothing to fold', () => {
    expect(summariseWarnings([latin1])).toBe(latin1.message);
  });

  it('leaves out index-cache problems, which are printed one by one and not listed by sources', () => {
    const cache: CliWarning = {
      kind: 'index-cache',
      message: 'Could not write the index cache in /ro: EACCES',
    };
    expect(summariseWarnings([cache])).toBeNull();
    expect(summariseWarnings([cache, ...copies(2)])).toBe(
      '2 files are copies of others and were indexed once; `npm run sources` lists them',
    );
  });

  it('says nothing when there is nothing to say', () => {
    expect(summariseWarnings([])).toBeNull();
  });
});
