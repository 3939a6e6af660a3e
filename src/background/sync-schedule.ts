/**
 * The worker's side of background sync: it decides when to ask (the pure rule
 * in `core/sync-trigger.ts`) and asks; the sync itself runs elsewhere (the
 * worker loads none of the sync code). Writes are gathered for `quietMs`
 * after the last one, so a burst of captures is one sync. One request at a
 * time: a trigger arriving meanwhile asks once more when it ends.
 */
import { type LastSync, type SyncTrigger, shouldSync } from '../core/sync-trigger';

export interface SyncScheduleDeps {
  isConnected(): Promise<boolean>;
  loadLast(): Promise<LastSync | undefined>;
  /** Runs one sync somewhere that may load the sync code; settles when it ends. */
  requestSync(): Promise<void>;
  now(): number;
  setTimer(run: () => void, ms: number): unknown;
  clearTimer(handle: unknown): void;
}

export interface SyncSchedule {
  /** The browser started, or the periodic alarm rang. */
  wake(trigger: 'startup' | 'alarm'): Promise<void>;
  /** The store announced a write. */
  changed(fromSync: boolean): void;
}

/** How long writes are gathered before the sync they call for. */
export const QUIET_MS = 5_000;

export function createSyncSchedule(deps: SyncScheduleDeps, quietMs = QUIET_MS): SyncSchedule {
  let timer: unknown;
  let running: Promise<void> | undefined;
  let again: SyncTrigger | undefined;

  async function consider(trigger: SyncTrigger): Promise<void> {
    if (running) {
      // A write meanwhile may not be in the running sync: ask again after it.
      if (trigger === 'change' || !again) again = trigger;
      return running;
    }
    const [connected, last] = await Promise.all([deps.isConnected(), deps.loadLast()]);
    if (!shouldSync({ trigger, connected, last, now: deps.now() })) return;
    running = deps.requestSync().catch(() => undefined);
    try {
      await running;
    } finally {
      running = undefined;
    }
    const next = again;
    again = undefined;
    if (next) await consider(next);
  }

  return {
    wake: (trigger) => consider(trigger).catch(() => undefined),
    changed(fromSync) {
      if (fromSync) return;
      if (timer !== undefined) deps.clearTimer(timer);
      timer = deps.setTimer(() => {
        timer = undefined;
        void consider('change').catch(() => undefined);
      }, quietMs);
    },
  };
}
