import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

/**
 * The worker's script. It imports the same `loadEngine` as the main thread: the compiled one when the main
 * thread runs compiled JavaScript (`npm start`, see scripts/run.cjs), else the TypeScript through tsx (tests).
 * Plain CommonJS: an `eval` worker has no module URL of its own.
 */
const WORKER_SOURCE = `
const { workerData, parentPort } = require('node:worker_threads');
(workerData.tsxApi
  ? import(workerData.tsxApi).then(({ tsImport }) => tsImport(workerData.loadEngine, workerData.loadEngine))
  : import(workerData.loadEngine))
  .then(({ loadEngine }) => loadEngine(workerData.dir, { cacheDir: workerData.cacheDir }))
  .then(() => parentPort.postMessage({ ok: true }))
  .catch((error) => parentPort.postMessage({ ok: false, message: String(error && error.message) }));
`;

/**
 * Builds the index of the corpus at `dir` in a worker thread and saves it in the index cache at `cacheDir`,
 * so that the `loadEngine` that follows on the main thread only restores it. Building an index is synchronous
 * and takes seconds on a large corpus (1.5 s for the BBC's 2,225 articles here); in a worker it does not hold
 * up the bot's event loop, so interactions keep being acknowledged during a rebuild.
 *
 * Resolves when the worker is done; rejects when it fails (the folder vanished). A failure
 * costs only the speed-up: the caller builds on the main thread and reports the real error from there.
 */
export function warmIndexCache(dir: string, cacheDir: string): Promise<void> {
  // Inside the executor, so that a synchronous failure (tsx not installed: `import.meta.resolve` throws)
  // rejects the promise as the doc comment says, rather than throwing at the caller.
  return new Promise((resolve, reject) => {
    // This file's extension: .ts under tsx, .js once compiled (scripts/build.mjs gives each module the URL
    // of its compiled file, and builds loadEngine.js as an entry of its own).
    const extension = extname(fileURLToPath(import.meta.url));
    const workerData = {
      dir,
      cacheDir,
      // tsx's ES module entry, resolved here: the worker's script has no location to resolve it from.
      tsxApi: extension === '.ts' ? import.meta.resolve('tsx/esm/api') : undefined,
      loadEngine: new URL(`./loadEngine${extension}`, import.meta.url).href,
    };
    const worker = new Worker(WORKER_SOURCE, { eval: true, workerData });
    worker.once('message', (reply: { ok: boolean; message?: string }) => {
      void worker.terminate();
      if (reply.ok) resolve();
      else reject(new Error(reply.message ?? 'index worker failed'));
    });
    worker.once('error', (error) => {
      void worker.terminate();
      reject(error);
    });
    worker.once('exit', (code) => reject(new Error(`index worker exited with code ${code}`)));
  });
}
