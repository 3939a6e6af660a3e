import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { debounceWrite } from './debounced-write';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('debounceWrite', () => {
  it('writes a burst of changes once, with the last value', async () => {
    const write = vi.fn(async (_value: string) => {});
    const save = debounceWrite(write, { delayMs: 500, maxWaitMs: 2000 });
    const saved = ['a', 'ab', 'abc'].map((value) => save(value));
    await vi.advanceTimersByTimeAsync(499);
    expect(write).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    await Promise.all(saved);
    expect(write.mock.calls).toEqual([['abc']]);
  });

  it('keeps the writes of steady typing under the sync quota (120 a minute)', async () => {
    const write = vi.fn(async (_value: number) => {});
    const save = debounceWrite(write, { delayMs: 500, maxWaitMs: 2000 });
    // One keystroke every 100 ms for a minute: 600 changes.
    for (let key = 0; key < 600; key++) {
      void save(key);
      await vi.advanceTimersByTimeAsync(100);
    }
    await vi.advanceTimersByTimeAsync(500);
    expect(write.mock.calls.length).toBeGreaterThanOrEqual(29);
    expect(write.mock.calls.length).toBeLessThanOrEqual(31);
    expect(write.mock.calls.at(-1)).toEqual([599]);
  });

  it('rejects every caller whose value the failed write carried', async () => {
    const save = debounceWrite(
      async () => {
        throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
      },
      { delayMs: 10 },
    );
    const first = save('a');
    const second = save('b');
    const settled = Promise.allSettled([first, second]);
    await vi.advanceTimersByTimeAsync(10);
    expect((await settled).map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });

  it('writes the pending value at once when flushed', async () => {
    const write = vi.fn(async (_value: string) => {});
    const save = debounceWrite(write, { delayMs: 500 });
    const saved = save('typed just before closing');
    await save.flush();
    await saved;
    expect(write.mock.calls).toEqual([['typed just before closing']]);
    await vi.advanceTimersByTimeAsync(1000);
    expect(write).toHaveBeenCalledTimes(1);
  });
});
