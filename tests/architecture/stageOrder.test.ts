// The pipeline's direction (eslint.config.js, STAGES): imports run from later stages to earlier ones only, and
// only presentations reach the network or Discord. `npm run lint` applies the rule to the real tree; these
// cases show that it bites, so a lint that passes means something.
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/fixtureCorpus.js';

// The snippets are linted as files that do not exist, which the type-aware rules cannot load; the import
// rules under test need no types.
const eslint = new ESLint({ cwd: REPO_ROOT, overrideConfig: tseslint.configs.disableTypeChecked });

/** The no-restricted-imports / no-restricted-globals messages ESLint gives `code` as if it were at `filePath`. */
async function restrictions(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals')
    .map((m) => m.message);
}

describe('stage order', () => {
  it.each([
    ['src/passages/x.ts', `import type { Excerpt } from '../answer/AnswerResult.js';`],
    ['src/corpus/x.ts', `import { PassageIndex } from '../index/PassageIndex.js';`],
    ['src/answer/x.ts', `import type { Engine } from '../engine/Engine.js';`],
    ['src/engine/x.ts', `import { fitReply } from '../discord/fitReply.js';`],
    ['src/config/x.ts', `import { loadCorpus } from '../corpus/loadCorpus.js';`],
    ['src/discord/x.ts', `import { commands } from '../../commands/index.js';`],
    ['src/eval/squad/x.ts', `import { commands } from '../../../commands/index.js';`],
    ['commands/x.ts', `import '../src/bot.js';`],
  ])('refuses %s importing a later stage: %s', async (file, code) => {
    expect(await restrictions(file, code)).toEqual([expect.stringMatching(/pipeline|entry point/)]);
  });

  it.each([
    ['src/answer/x.ts', `import type { Article } from '../corpus/Article.js';`],
    ['src/engine/x.ts', `import { answer } from '../answer/answer.js';`],
    ['src/discord/x.ts', `import type { Engine } from '../engine/Engine.js';`],
    ['commands/x.ts', `import type { Command } from '../src/discord/Command.js';`],
    ['src/bot.ts', `import { commands } from '../commands/index.js';`],
    ['src/eval/squad/x.ts', `import { percentile } from '../percentile.js';`],
  ])('allows %s importing an earlier stage: %s', async (file, code) => {
    expect(await restrictions(file, code)).toEqual([]);
  });

  it.each([
    ['src/corpus/x.ts', `import { request } from 'node:https';`],
    ['src/engine/x.ts', `import { Client } from 'discord.js';`],
    ['src/index/x.ts', `import { REST } from '@discordjs/rest';`],
    ['src/answer/x.ts', `export const page = () => fetch('https://example.com');`],
  ])('keeps the network out of the core: %s with %s', async (file, code) => {
    expect(await restrictions(file, code)).toEqual([expect.stringMatching(/network/)]);
  });

  it('lets presentations use the network', async () => {
    expect(await restrictions('src/web/x.ts', `import { request } from 'node:https';`)).toEqual([]);
  });
});
