import { ApplicationCommandOptionType, InteractionContextType, PermissionFlagsBits } from 'discord.js';
import { describe, expect, expectTypeOf, test } from 'vitest';
import { ask } from '../../commands/ask.js';
import { commands } from '../../commands/index.js';
import { sources } from '../../commands/sources.js';
import type { ArgsOf } from '../../src/discord/Command.js';
import { readArgs } from '../../src/discord/Command.js';
import { UserError } from '../../src/discord/UserError.js';

/** A stand-in for discord.js's option resolver over plain values (the resolver itself is tested end to end). */
function options(values: Record<string, string | number | boolean>) {
  const get =
    <T>(type: string) =>
    (name: string, required?: boolean): T | null => {
      const value = values[name];
      if (value === undefined) {
        if (required) throw new Error(`missing ${name}`);
        return null;
      }
      if (typeof value !== type) throw new Error(`${name} is not a ${type}`);
      return value as T;
    };
  return {
    getString: get<string>('string'),
    getInteger: get<number>('number'),
    getBoolean: get<boolean>('boolean'),
  };
}

describe('ArgsOf', () => {
  test('derives argument types from the definition: required options are never undefined', () => {
    expectTypeOf<ArgsOf<typeof ask.data>>().toEqualTypeOf<{
      readonly question: string;
      readonly source: string | undefined;
      readonly private: boolean | undefined;
    }>();
    expectTypeOf<ArgsOf<typeof sources.data>>().toEqualTypeOf<{ readonly page: number | undefined }>();
  });
});

describe('readArgs', () => {
  test('reads every option, absent optional ones as undefined', () => {
    expect(readArgs(ask.data, options({ question: 'Who?' }))).toEqual({
      question: 'Who?',
      source: undefined,
      private: undefined,
    });
  });

  test('checks max_length again: a request need not come from a Discord client', () => {
    expect(() => readArgs(ask.data, options({ question: 'x'.repeat(501) }))).toThrow(
      new UserError('The question is too long: 501 characters, at most 500.'),
    );
  });

  test('checks min_value again', () => {
    expect(() => readArgs(sources.data, options({ page: 0 }))).toThrow(
      new UserError('The page must be at least 1.'),
    );
  });
});

describe('command definitions', () => {
  test('follow Discord rules for names, descriptions and options', () => {
    const names = new Set<string>();
    for (const { data } of commands) {
      expect(data.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
      expect(names.has(data.name)).toBe(false);
      names.add(data.name);
      expect(data.description.length).toBeGreaterThanOrEqual(1);
      expect(data.description.length).toBeLessThanOrEqual(100);
      const opts = data.options ?? [];
      expect(opts.length).toBeLessThanOrEqual(25);
      // Required options must come before optional ones.
      const firstOptional = opts.findIndex((o) => o.required !== true);
      if (firstOptional !== -1)
        expect(opts.slice(firstOptional).every((o) => o.required !== true)).toBe(true);
      for (const option of opts) {
        expect(option.name).toMatch(/^[-_\p{Ll}\p{N}]{1,32}$/u);
        expect(option.description.length).toBeLessThanOrEqual(100);
        if (option.max_length !== undefined) {
          expect(option.type).toBe(ApplicationCommandOptionType.String);
          expect(option.max_length).toBeLessThanOrEqual(6000);
        }
      }
    }
  });

  test('the list holds ask, sources, source, help, status and reload', () => {
    expect(commands.map((c) => c.data.name)).toEqual([
      'ask',
      'sources',
      'source',
      'help',
      'status',
      'reload',
      'add',
    ]);
  });

  test('/add is for members who may manage the server, in servers only', () => {
    const add = commands.find((c) => c.data.name === 'add');
    expect(add?.data.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(add?.data.contexts).toEqual([InteractionContextType.Guild]);
  });

  test('/reload is for members who may manage the server, in servers only', () => {
    const reload = commands.find((c) => c.data.name === 'reload');
    expect(reload?.data.default_member_permissions).toBe(String(PermissionFlagsBits.ManageGuild));
    expect(reload?.data.contexts).toEqual([InteractionContextType.Guild]);
  });
});
