// RebuildQueue: one rebuild at a time, and a burst of requests shares the rebuild that has not started yet.
import { describe, expect, it } from 'vitest';
import { logOnlyFailure } from '../../src/engine/RebuildOutcome.js';
import { RebuildQueue } from '../../src/engine/RebuildQueue.js';

describe('RebuildQueue', () => {
  it('runs rebuilds one after another, and requests made during one share the next', async () => {
    const log: string[] = [];
    let release: () => void = () => {};
    const queue = new RebuildQueue(
      async (cause) => {
        log.push(`start ${cause}`);
        if (log.length === 1) await new Promise<void>((resolve) => (release = resolve));
        log.push(`end ${cause}`);
        return logOnlyFailure(cause, 'done');
      },
      (cause, error) => logOnlyFailure(cause, String(error)),
    );
    const first = queue.schedule('change');
    await Promise.resolve();
    const second = queue.schedule('reload');
    const third = queue.schedule('change');
    expect(third).toBe(second);
    release();
    await Promise.all([first, second, third]);
    expect(log).toEqual(['start change', 'end change', 'start reload', 'end reload']);
  });

  it('turns a rebuild that throws into a failed outcome, and keeps going', async () => {
    let calls = 0;
    const queue = new RebuildQueue(
      () => {
        calls += 1;
        if (calls === 1) throw new Error('a bug');
        return Promise.resolve(logOnlyFailure('retry', 'fine'));
      },
      (cause, error) => logOnlyFailure(cause, (error as Error).message),
    );
    expect(await queue.schedule('change')).toMatchObject({ kind: 'failed', reason: 'a bug' });
    expect(await queue.schedule('retry')).toMatchObject({ reason: 'fine' });
    await queue.idle();
    expect(calls).toBe(2);
  });
});
