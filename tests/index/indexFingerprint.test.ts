import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fingerprintKeptIn } from '../../src/index/indexFingerprint.js';
import { tempDir } from '../support/fixtureCorpus.js';

describe('fingerprintKeptIn', () => {
  it('makes the code fingerprint once per build folder and reads it back in later processes', async () => {
    const { dir, cleanup } = await tempDir('verbatim-build-dir-');
    try {
      let made = 0;
      const make = (): string => `fingerprint ${++made}`;
      expect(fingerprintKeptIn(dir, make)).toBe('fingerprint 1');
      // A later process of the same build reads what the first one kept rather than making it again.
      expect(fingerprintKeptIn(dir, make)).toBe('fingerprint 1');
      expect(made).toBe(1);
      expect(readFileSync(path.join(dir, 'index-fingerprint.txt'), 'utf8')).toBe('fingerprint 1');
    } finally {
      await cleanup();
    }
  });

  it('still gives the fingerprint when the folder cannot be written', () => {
    expect(fingerprintKeptIn('/nonexistent/build', () => 'made')).toBe('made');
  });
});
