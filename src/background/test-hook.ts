import {
  type ContextMenuDeps,
  handleContextMenuClick,
  type MenuClick,
  type MenuTab,
} from './context-menu';
import type { SyncSchedule } from './sync-schedule';

/**
 * End-to-end builds only (TARGET=e2e): context-menu clicks cannot be
 * simulated, so tests call the real handler through the service worker;
 * nor can a browser start or an alarm be made to ring on demand.
 * Shipped builds drop this module (scripts/check-dist.mjs checks).
 */
export function installTestHook(deps: ContextMenuDeps, sync: SyncSchedule): void {
  (globalThis as Record<string, unknown>).__veilleTest = {
    contextMenuClick: (info: MenuClick, tab: MenuTab | undefined) =>
      handleContextMenuClick(deps, info, tab),
    /** What the browser's start or the sync alarm does, without restarting or waiting. */
    syncWake: (trigger: 'startup' | 'alarm') => sync.wake(trigger),
  };
}
