import { describe, expect, test } from 'vitest';
import { cooldownText, createCooldown } from '../../src/discord/Cooldown.js';

describe('createCooldown', () => {
  test('allows one question per period per user, and says how long to wait', () => {
    let now = 1_000;
    const cooldown = createCooldown(3, () => now);
    expect(cooldown.take('a')).toEqual({ ok: true });
    expect(cooldown.take('b')).toEqual({ ok: true });
    now += 1_200;
    expect(cooldown.take('a')).toEqual({ ok: false, retryAfterMs: 1_800 });
    now += 1_800;
    expect(cooldown.take('a')).toEqual({ ok: true });
  });

  test('0 seconds turns it off', () => {
    const cooldown = createCooldown(0);
    expect(cooldown.take('a').ok && cooldown.take('a').ok).toBe(true);
  });

  test('the message rounds up to whole seconds', () => {
    expect(cooldownText(1_800)).toBe('You are asking quickly: ask again in 2 s.');
    expect(cooldownText(1)).toBe('You are asking quickly: ask again in 1 s.');
  });
});
