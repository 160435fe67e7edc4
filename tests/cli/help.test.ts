// Every command's command line, as a user meets it: -h/--help prints the usage and exits 0; an unknown option
// prints what was wrong and the usage, and exits 2, before anything is loaded or sent. (ask and sources have
// their own files.)
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCliCommand } from '../support/runCliCommand.js';

const COMMANDS = [
  { script: path.join('src', 'cli', 'eval.ts'), usage: 'Usage: npm run eval -- <questions.json>' },
  { script: path.join('src', 'bench', 'bench.ts'), usage: 'Usage: npm run bench --' },
  { script: path.join('src', 'deploy-commands.ts'), usage: 'Usage: npm run deploy-commands' },
];

// A token that would be refused, and an API URL where nothing listens: the commands must stop before using them.
const ENV = {
  DISCORD_TOKEN: 'never-used',
  DISCORD_CLIENT_ID: '123456789',
  DISCORD_API_URL: 'http://127.0.0.1:9',
};

describe.each(COMMANDS)('$script', ({ script, usage }) => {
  it('prints its usage for -h and --help and exits 0', async () => {
    for (const flag of ['-h', '--help']) {
      const { stdout, code } = await runCliCommand(script, [flag], ENV);
      expect(code).toBe(0);
      expect(stdout.startsWith(usage)).toBe(true);
    }
  });

  it('rejects an unknown option with the usage on stderr and exit code 2', async () => {
    const { stdout, stderr, code } = await runCliCommand(script, ['--no-such-option'], ENV);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain("Unknown option '--no-such-option'");
    expect(stderr).toContain(usage);
  });
});
