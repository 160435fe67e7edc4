import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { expect, test } from 'vitest';
import type { LoadBenchResult } from '../../src/bench/loadBench.js';
import { REPO_ROOT } from '../support/fixtureCorpus.js';

// The real command, for one second over the seeds (the 30 s BBC run is `npm run bench -- --load`).
test('npm run bench -- --load reports throughput, latency percentiles and a heap that does not grow', async () => {
  const loader = pathToFileURL(join(REPO_ROOT, 'node_modules/tsx/dist/loader.mjs')).href;
  const args = ['--load', '--seconds', '1', '--processes', '1', '--bbc', join(REPO_ROOT, 'seeds'), '--json'];
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', loader, join(REPO_ROOT, 'src/bench/bench.ts'), ...args],
    { cwd: REPO_ROOT },
  );
  const result = JSON.parse(stdout) as LoadBenchResult;
  expect(result).toMatchObject({ articles: 3, processes: 1, seconds: 1, heapStable: true });
  expect(result.answered).toBeGreaterThan(100);
  expect(result.questionsPerSecond).toBeCloseTo(result.answered, -2);
  expect(result.p50Ms).toBeLessThanOrEqual(result.p99Ms);
  expect(result.p99Ms).toBeLessThanOrEqual(result.p999Ms);
  expect(result.p999Ms).toBeLessThanOrEqual(result.maxMs);
  expect(result.heap).toHaveLength(1);
  expect(Math.abs(result.heap[0]?.growthMb ?? Infinity)).toBeLessThan(5);
}, 30_000);
