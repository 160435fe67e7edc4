import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { extname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';

/** What the page shows of the bot process. */
export type BotState = 'starting' | 'running' | 'restarting' | 'stopped';

export interface BotProcessOptions {
  /** The whole environment of the bot process (the playground builds it without real Discord settings). */
  readonly env: Readonly<Record<string, string>>;
  /** Each line the bot logs (it logs to stderr), for the terminal and the page's status panel. */
  readonly onLog: (line: string) => void;
  readonly onState: (state: BotState) => void;
}

/** Hard limit for the bot to exit after SIGTERM (it allows itself 4.5 s) before it is killed. */
const STOP_DEADLINE_MS = 5000;

/**
 * The command line of `npm start`: src/bot.ts run through tsx, or, when the playground itself runs as
 * compiled JavaScript, the compiled bot.js beside it.
 */
function botCommand(): string[] {
  const ext = extname(import.meta.filename);
  const entry = join(import.meta.dirname, '..', `bot${ext}`);
  if (ext !== '.ts') return [entry];
  // tsx's main export is its loader (node_modules/tsx/dist/loader.mjs), as runEntry in the e2e tests uses.
  const loader = createRequire(import.meta.url).resolve('tsx');
  return ['--import', pathToFileURL(loader).href, entry];
}

/**
 * The real bot (the entry point of `npm start`) in a child process, so the playground can restart it while
 * the stand-in and the page stay.
 */
export class BotProcess {
  private child: ChildProcess | undefined;
  private exited: Promise<void> = Promise.resolve();

  constructor(private readonly options: BotProcessOptions) {}

  /** Starts the bot process. */
  start(state: BotState = 'starting'): void {
    this.options.onState(state);
    const child = spawn(process.execPath, botCommand(), {
      env: { ...this.options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    for (const stream of [child.stdout, child.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        if (line.includes('Verbatim is online')) this.options.onState('running');
        this.options.onLog(line);
      });
    }
    this.exited = new Promise((resolve) =>
      child.once('exit', (code, signal) => {
        if (this.child === child) {
          this.child = undefined;
          this.options.onLog(`bot process exited (${signal ?? `code ${String(code)}`})`);
          this.options.onState('stopped');
        }
        resolve();
      }),
    );
  }

  /** Stops the bot process: SIGTERM, then SIGKILL after 5 s. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    this.child = undefined;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), STOP_DEADLINE_MS);
    await this.exited;
    clearTimeout(timer);
  }

  /** Kills the bot process at once (SIGKILL), for when the playground cannot wait any longer. */
  kill(): void {
    this.child?.kill('SIGKILL');
  }

  /** Stops the bot process and starts a new one. */
  async restart(): Promise<void> {
    this.options.onState('restarting');
    await this.stop();
    this.start('restarting');
  }
}
