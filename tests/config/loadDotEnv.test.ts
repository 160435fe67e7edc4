import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findBadDotEnvLines, loadDotEnv } from '../../src/config/loadDotEnv.js';
import { useTempDir } from '../support/useTempDir.js';

describe('findBadDotEnvLines', () => {
  it('accepts settings, blank lines, comments and quoted values that span lines', () => {
    const text = ['# Verbatim', '', 'CORPUS_DIR=news', '  LOG_LEVEL = info', 'NOTE="two', 'lines"', "Q='x'"];
    expect(findBadDotEnvLines(text.join('\n'))).toEqual([]);
  });

  it('names a line that is not a setting, and the setting under it that Node then loses too', () => {
    const text = ['CORPUS_DIR: news', 'LOG_LEVEL=info', '', 'MIN_CONFIDENCE=0.3'].join('\n');
    expect(findBadDotEnvLines(text)).toEqual([
      { line: 1, reason: 'is not a KEY=value setting' },
      { line: 2, reason: 'sets LOG_LEVEL, but the bad line above it runs into it' },
    ]);
  });

  it('reads CRLF files line by line', () => {
    expect(findBadDotEnvLines('A=1\r\n# note\r\noops\r\n\r\n').map((bad) => bad.line)).toEqual([3]);
  });
});

describe('loadDotEnv', () => {
  const folder = useTempDir('verbatim-dotenv-');

  it('returns a warning naming each bad line by its number, never its text (it may hold a token)', async () => {
    // Only comments and bad lines, so loading it sets nothing in this process's environment.
    const file = path.join(folder.dir, '.env');
    await writeFile(file, '# settings\nDISCORD_TOKEN: secret-token-value\n');
    const warnings = loadDotEnv(file);
    expect(warnings).toEqual([`${file} line 2 is not a KEY=value setting; it was ignored`]);
    expect(warnings.join('')).not.toContain('secret-token-value');
  });

  it('is quiet when the file is missing', () => {
    expect(loadDotEnv(path.join(folder.dir, 'missing.env'))).toEqual([]);
  });

  it('throws when the path is a folder', () => {
    expect(() => loadDotEnv(folder.dir)).toThrow();
  });
});
