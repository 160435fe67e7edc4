import { describe, expect, test } from 'vitest';
import { renderHelp } from '../../src/discord/renderHelp.js';
import { fitReply } from '../../src/discord/fitReply.js';
import { expectWithinLimits } from '../support/expectWithinLimits.js';
import { commands } from '../../commands/index.js';

describe('renderHelp', () => {
  test('help fits within the limits', () => {
    expectWithinLimits(fitReply(renderHelp(3)));
  });

  test('help names every other command of the shared list', () => {
    const text = renderHelp(3).embeds?.[0]?.description ?? '';
    for (const command of commands.filter((c) => c.data.name !== 'help')) {
      expect(text).toContain(`/${command.data.name}`);
    }
  });
});
