import { describe, expect, test } from 'vitest';
import { mentionQuestion } from '../../src/discord/handleMention.js';

describe('mentionQuestion', () => {
  const bot = '110000000000000001';

  test('takes the question out of a message that mentions the bot, in either mention form', () => {
    expect(mentionQuestion(`<@${bot}> How many troops?`, bot)).toBe('How many troops?');
    expect(mentionQuestion(`How many <@!${bot}>  troops?`, bot)).toBe('How many troops?');
  });

  test('is null when the bot is not mentioned (another user, a role, or no mention)', () => {
    expect(mentionQuestion('<@220000000000000002> hi', bot)).toBeNull();
    expect(mentionQuestion(`<@&${bot}> hi`, bot)).toBeNull();
    expect(mentionQuestion('troops', bot)).toBeNull();
  });

  test('is empty for a bare mention (answered with help)', () => {
    expect(mentionQuestion(`<@${bot}>`, bot)).toBe('');
  });
});
