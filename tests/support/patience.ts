/**
 * How long a test waits for something that takes real time (a rebuild, an acknowledgement, a process exit)
 * before calling it lost, in milliseconds. It is five times Discord's 3-second acknowledgement deadline and the
 * "within a few seconds" reload promise, and far above the 0.2–1.6 s these take here, so a busy machine does not
 * fail a test. How fast they are is a figure for `npm run bench` and the tests' logs, not an assertion; the
 * 3-second contract is shown by what the bot does: slow work is deferred first (DEFER_AFTER_MS, router.test.ts)
 * and every interaction is acknowledged once, never after its answer.
 * Kept under vitest's 20 s test timeout (vitest.config.ts) so the reason shows rather than a bare timeout.
 */
export const PATIENCE_MS = 15_000;

/**
 * The test and hook timeout, in milliseconds, of slow tests: files that start a Node process with tsx (which
 * compiles the TypeScript at every start: 0.7 s on an idle machine, 9.5 s measured here at a load average of 25,
 * and a file's tests may start several), and tests that copy hundreds of files into a watched folder (15 s here
 * under load). Set with `vi.setConfig` or per test, above vitest.config.ts's 20 s.
 */
export const SLOW_TEST_TIMEOUT_MS = 60_000;
