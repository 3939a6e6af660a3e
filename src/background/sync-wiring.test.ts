// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { StoreChange } from '../db/changes';
import type { SyncSchedule } from './sync-schedule';
import { hearSyncTriggers } from './sync-wiring';

vi.mock('../platform/browser', () => ({ browser: {} }));

function wired() {
  let store: ((change: StoreChange) => void) | undefined;
  const alarms = new Map<string, () => void>();
  const schedule = { wake: vi.fn(async () => undefined), changed: vi.fn() } satisfies SyncSchedule;
  const afterSyncWrite = vi.fn();
  hearSyncTriggers(
    schedule,
    {
      onStoreChange: (listener) => {
        store = listener;
      },
      onAlarm: (name, listener) => alarms.set(name, listener),
    },
    afterSyncWrite,
  );
  return { schedule, afterSyncWrite, announce: (change: StoreChange) => store?.(change), alarms };
}

describe('the background’s sync triggers', () => {
  it('hand the schedule each write, and refresh the badge after a sync’s own', () => {
    const { schedule, afterSyncWrite, announce } = wired();
    announce({ entryIds: ['a'], monthKeys: ['2026-11'] });
    expect(schedule.changed).toHaveBeenLastCalledWith(false);
    expect(afterSyncWrite).not.toHaveBeenCalled();
    announce({ entryIds: ['b'], monthKeys: ['2026-11'], fromSync: true });
    expect(schedule.changed).toHaveBeenLastCalledWith(true);
    expect(afterSyncWrite).toHaveBeenCalledTimes(1);
  });

  it('wake the schedule when the sync alarm rings, and only that alarm', () => {
    const { schedule, alarms } = wired();
    expect([...alarms.keys()]).toEqual(['sync']);
    alarms.get('sync')?.();
    expect(schedule.wake).toHaveBeenCalledWith('alarm');
  });
});
