import { parseArgs } from 'node:util';
import type { ParseArgsConfig } from 'node:util';

/** Exit code of a command line that cannot be run as written (unknown option, missing argument). */
export const USAGE_EXIT_CODE = 2;

/** The option every command takes: `-h`/`--help` prints its usage to stdout and exits 0. */
export const HELP_OPTION = { help: { type: 'boolean', short: 'h' } } as const;

/** What went wrong on the command line, then the usage, to stderr; returns USAGE_EXIT_CODE. */
export function usageError(message: string, usage: string): number {
  process.stderr.write(`${message}\n${usage}\n`);
  return USAGE_EXIT_CODE;
}

/** The usage to stdout, as `--help` prints it; returns 0. */
export function printUsage(usage: string): number {
  process.stdout.write(`${usage}\n`);
  return 0;
}

/**
 * `util.parseArgs` in strict mode (an unknown option or a missing value throws) over `args`, with `-h/--help`
 * added. Returns the parsed values, or the exit code when the command should stop at once: 0 after printing
 * the usage for `--help`, USAGE_EXIT_CODE after printing the problem and the usage.
 */
export function parseCliArgs<O extends NonNullable<ParseArgsConfig['options']>>(
  args: readonly string[],
  options: O,
  usage: string,
  allowPositionals = false,
) {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      options: { ...options, ...HELP_OPTION },
      allowPositionals,
      strict: true,
    });
  } catch (error) {
    return usageError((error as Error).message, usage);
  }
  if ((parsed.values as { help?: boolean }).help === true) return printUsage(usage);
  return parsed;
}
