import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { LastSync } from '../core/sync-trigger';
import { createSyncSchedule, QUIET_MS, type SyncScheduleDeps } from './sync-schedule';

const NOW = Date.parse('2026-11-30T12:00:00Z');

let connected: boolean;
let last: LastSync | undefined;
let requests: number;
let finishSync: (() => void)[];
let deps: SyncScheduleDeps;

beforeEach(() => {
  vi.useFakeTimers({ now: NOW });
  connected = true;
  last = undefined;
  requests = 0;
  finishSync = [];
  deps = {
    isConnected: async () => connected,
    loadLast: async () => last,
    requestSync: () =>
      new Promise<void>((resolve) => {
        requests += 1;
        finishSync.push(() => {
          last = { at: Date.now(), failure: '' };
          resolve();
        });
      }),
    now: () => Date.now(),
    setTimer: (run, ms) => setTimeout(run, ms),
    clearTimer: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
});
afterEach(() => {
  vi.useRealTimers();
});

const settle = () => vi.advanceTimersByTimeAsync(0);

describe('the worker asking for a sync', () => {
  it('asks on browser start and on the alarm when an account is connected', async () => {
    const schedule = createSyncSchedule(deps);
    const started = schedule.wake('startup');
    await settle();
    expect(requests).toBe(1);
    finishSync[0]?.();
    await started;
    await vi.advanceTimersByTimeAsync(5 * 60_000);
    const rang = schedule.wake('alarm');
    await settle();
    expect(requests).toBe(2);
    finishSync[1]?.();
    await rang;
  });

  it('asks nothing, and loads nothing, without an account', async () => {
    connected = false;
    const schedule = createSyncSchedule(deps);
    await schedule.wake('startup');
    await schedule.wake('alarm');
    schedule.changed(false);
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    expect(requests).toBe(0);
  });

  it('gathers a burst of writes into one sync, after the quiet time from the last write', async () => {
    const schedule = createSyncSchedule(deps);
    schedule.changed(false);
    await vi.advanceTimersByTimeAsync(QUIET_MS - 1);
    schedule.changed(false);
    await vi.advanceTimersByTimeAsync(QUIET_MS - 1);
    expect(requests).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(requests).toBe(1);
  });

  it("does not sync for sync's own writes", async () => {
    const schedule = createSyncSchedule(deps);
    schedule.changed(true);
    await vi.advanceTimersByTimeAsync(QUIET_MS * 2);
    expect(requests).toBe(0);
  });

  it('runs one sync at a time, and once more after it for a write that came meanwhile', async () => {
    const schedule = createSyncSchedule(deps);
    const started = schedule.wake('startup');
    await settle();
    schedule.changed(false);
    await vi.advanceTimersByTimeAsync(QUIET_MS);
    const rang = schedule.wake('alarm');
    await settle();
    expect(requests).toBe(1);
    finishSync[0]?.();
    await settle();
    expect(requests).toBe(2);
    finishSync[1]?.();
    await Promise.all([started, rang]);
    expect(requests).toBe(2);
  });

  it('skips the alarm right after a sync, and a failed request does not stop the next', async () => {
    const schedule = createSyncSchedule(deps);
    last = { at: NOW - 10_000, failure: '' };
    await schedule.wake('alarm');
    expect(requests).toBe(0);
    deps.requestSync = async () => {
      requests += 1;
      throw new Error('the offscreen document could not open');
    };
    await schedule.wake('startup');
    await schedule.wake('startup');
    expect(requests).toBe(2);
  });
});
