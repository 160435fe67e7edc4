import type { Command } from '../src/discord/Command.js';
import { add } from './add.js';
import { ask } from './ask.js';
import { help } from './help.js';
import { reload } from './reload.js';
import { source } from './source.js';
import { sources } from './sources.js';
import { status } from './status.js';

/**
 * Every slash command, in the order `/help` lists them. The bot routes from this list and the deploy
 * script registers it, so a command exists in exactly one place.
 */
export const commands: readonly Command[] = [ask, sources, source, help, status, reload, add];
