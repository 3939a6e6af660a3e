import { describe, expect, it } from 'vitest';
import { SYNC_LOCK, withSyncLock } from './lock';

/** An exclusive lock manager, in the Web Locks API's shape: one holder per name, the rest in order. */
function fakeLocks() {
  const tails = new Map<string, Promise<unknown>>();
  const names: string[] = [];
  return {
    names,
    request(name: string, callback: () => Promise<unknown>) {
      names.push(name);
      const previous = tails.get(name) ?? Promise.resolve();
      const result = previous.then(() => callback());
      tails.set(
        name,
        result.catch(() => undefined),
      );
      return result;
    },
  } as unknown as LockManager & { names: string[] };
}

describe('withSyncLock', () => {
  it("runs two syncs one after the other under the extension's one lock", async () => {
    const locks = fakeLocks();
    const steps: string[] = [];
    let release: () => void = () => undefined;
    const first = withSyncLock(async () => {
      steps.push('first starts');
      await new Promise<void>((resolve) => {
        release = resolve;
      });
      steps.push('first ends');
      return 1;
    }, locks);
    const second = withSyncLock(async () => {
      steps.push('second starts');
      return 2;
    }, locks);
    await Promise.resolve();
    await Promise.resolve();
    expect(steps).toEqual(['first starts']);
    release();
    expect(await Promise.all([first, second])).toEqual([1, 2]);
    expect(steps).toEqual(['first starts', 'first ends', 'second starts']);
    expect(locks.names).toEqual([SYNC_LOCK, SYNC_LOCK]);
  });

  it('passes a failure on and frees the lock for the next sync', async () => {
    const locks = fakeLocks();
    await expect(
      withSyncLock(() => Promise.reject(new Error('unreachable')), locks),
    ).rejects.toThrow('unreachable');
    await expect(withSyncLock(async () => 'next', locks)).resolves.toBe('next');
  });

  it('runs at once where the browser has no Web Locks', async () => {
    await expect(withSyncLock(async () => 'ran', undefined)).resolves.toBe('ran');
  });
});
