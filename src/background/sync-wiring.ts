/**
 * Background sync, wired to the browser: the store's announcements (writes
 * from the popup, the options page and the worker's own context menu), the
 * browser's start and a periodic alarm feed the schedule
 * (`sync-schedule.ts`); each sync it asks for runs outside the worker, in
 * Chrome's offscreen document or, in Firefox, a dedicated worker of the
 * event page. The worker itself loads none of the sync code.
 */
import { onStoreChange, type StoreChange } from '../db/changes';
import { keepBackgroundAwake, onAlarm } from '../platform/lifecycle';
import { loadSettings, saveSettings } from '../platform/settings';
import {
  loadSettingsBase,
  loadSyncAccount,
  loadSyncStatus,
  saveSettingsBase,
  saveSyncStatus,
} from '../platform/sync-account';
import { clearSyncAlarm, SYNC_ALARM, setSyncAlarm } from '../platform/sync-alarm';
import { hasOffscreenDocuments, runInSyncDocument } from '../platform/sync-document';
import { loadCustomTemplate, saveCustomTemplate } from '../platform/templates';
import { requestSync } from './sync-request';
import { createSyncSchedule, type SyncSchedule } from './sync-schedule';
import { runInWorker } from './sync-worker-client';

/** The periodic sync's alarm, set only while an account is connected. */
export async function keepSyncAlarm(): Promise<void> {
  await ((await loadSyncAccount()) ? setSyncAlarm() : clearSyncAlarm()).catch(() => undefined);
}

const timers = {
  setTimer: (run: () => void, ms: number) => setTimeout(run, ms),
  clearTimer: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Starts listening; `afterSyncWrite` runs when a sync changed the library (the badge). */
export function wireBackgroundSync(afterSyncWrite: () => void): SyncSchedule {
  const schedule = createSyncSchedule({
    isConnected: async () => (await loadSyncAccount()) !== undefined,
    loadLast: loadSyncStatus,
    requestSync: () =>
      requestSync({
        loadAccount: loadSyncAccount,
        loadSettings,
        loadTemplate: loadCustomTemplate,
        loadBase: loadSettingsBase,
        run: (job, signal) =>
          !__VEILLE_FIREFOX__ && hasOffscreenDocuments()
            ? runInSyncDocument(job, signal)
            : runInWorker(job, signal),
        saveStatus: saveSyncStatus,
        async saveSettings(settings, template) {
          await Promise.all([saveSettings(settings), saveCustomTemplate(template)]);
        },
        saveBase: saveSettingsBase,
        deviceName: navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chromium',
        now: Date.now,
        keepAwake: keepBackgroundAwake,
        ...timers,
      }),
    now: Date.now,
    ...timers,
  });
  hearSyncTriggers(schedule, { onStoreChange, onAlarm }, afterSyncWrite);
  return schedule;
}

export interface SyncTriggerSources {
  onStoreChange(listener: (change: StoreChange) => void): unknown;
  onAlarm(name: string, listener: () => void): void;
}

/** The store's announcements and the periodic alarm, fed to the schedule. */
export function hearSyncTriggers(
  schedule: SyncSchedule,
  sources: SyncTriggerSources,
  afterSyncWrite: () => void,
): void {
  sources.onStoreChange((change) => {
    if (change.fromSync) afterSyncWrite();
    schedule.changed(change.fromSync === true);
  });
  sources.onAlarm(SYNC_ALARM, () => void schedule.wake('alarm'));
}
