import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { LiveEngine } from '../engine/LiveEngine.js';

/** Longest event-loop pause during one rebuild of a changed corpus, in milliseconds. */
export interface RebuildPause {
  readonly articles: number;
  readonly workerMs: number;
  readonly mainThreadMs: number;
}

/** Articles in the generated corpus: enough for a rebuild to take a noticeable fraction of a second. */
const ARTICLES = 1200;

/** The longest the event loop was held up while `work` ran, in milliseconds. */
async function longestPause(work: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  histogram.enable();
  await work();
  histogram.disable();
  return histogram.max / 1e6;
}

/**
 * How long a hot reload holds up the bot's event loop when the index is built in a worker thread (as under
 * `npm start`) and on the main thread, over a generated corpus of ARTICLES articles with one file changed.
 */
export async function measureRebuildPause(): Promise<RebuildPause> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-bench-rebuild-'));
  const cacheDir = await mkdtemp(path.join(os.tmpdir(), 'verbatim-bench-cache-'));
  try {
    const paragraph = (i: number, j: number) =>
      `Paragraph ${j} of report ${i}: the county board reviewed ${i * 7 + j} contracts for roads, schools and clinics in district ${i % 40}.`;
    for (let i = 0; i < ARTICLES; i++) {
      const body = Array.from({ length: 8 }, (_, j) => paragraph(i, j)).join('\n\n');
      await writeFile(path.join(dir, `r${i}.txt`), `Report ${i}\n\n${body}\n`);
    }
    const inWorker = await LiveEngine.start(dir, { watch: false, cacheDir });
    const onMain = await LiveEngine.start(dir, { watch: false, cacheDir, buildInWorker: false });
    try {
      const changed = path.join(dir, 'changed.txt');
      await writeFile(changed, 'Changed\n\nThe council approved a budget on Monday.\n');
      const workerMs = await longestPause(() => inWorker.reload());
      await writeFile(changed, 'Changed\n\nThe council approved a budget on Friday.\n');
      const mainThreadMs = await longestPause(() => onMain.reload());
      return { articles: ARTICLES + 1, workerMs, mainThreadMs };
    } finally {
      await inWorker.close();
      await onMain.close();
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
    await rm(cacheDir, { recursive: true, force: true });
  }
}

/** One line for the bench's table. */
export function formatRebuildPause(pause: RebuildPause): string {
  return (
    `Hot reload of ${pause.articles} articles, longest event-loop pause: ` +
    `${pause.workerMs.toFixed(0)} ms with the index built in a worker, ${pause.mainThreadMs.toFixed(0)} ms on the main thread`
  );
}
