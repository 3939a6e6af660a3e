import type { SyncService } from '../app/sync/service';
import type { VeilleDatabase } from '../db/database';
import type { Writer } from '../db/writer';
import { loadSettings, saveSettings } from '../platform/settings';
import {
  forgetSyncAccount,
  loadSettingsBase,
  loadSyncAccount,
  loadSyncStatus,
  onSyncStatusChange,
  releaseServerAccess,
  requestServerAccess,
  saveSettingsBase,
  saveSyncAccount,
  saveSyncStatus,
} from '../platform/sync-account';
import { clearSyncAlarm, setSyncAlarm } from '../platform/sync-alarm';
import { loadCustomTemplate, saveCustomTemplate } from '../platform/templates';
import type { SyncDeps } from './options-deps';

/**
 * Sync in the options page: on Connect, on Sync now, and once as the page
 * opens (so the library shown is the server's). The syncs after changes,
 * at the browser's start and every five minutes are the background's
 * (`background/sync-wiring.ts`), page open or not; the Web Lock keeps the
 * two from running at once. Here the sync code loads only once an account
 * is connected.
 */
export function wireSync(db: VeilleDatabase, writer: Writer): SyncDeps {
  let service: Promise<SyncService> | undefined;
  const load = () => {
    service ??= Promise.all([
      import('../app/sync/service'),
      import('../app/sync/settings-side'),
    ]).then(([{ createSyncService }, { settingsFrom, settingsValues }]) =>
      createSyncService({
        db,
        writer,
        loadAccount: loadSyncAccount,
        saveStatus: saveSyncStatus,
        now: Date.now,
        deviceName: navigator.userAgent.includes('Firefox') ? 'Firefox' : 'Chromium',
        settings: {
          read: async () => settingsValues(await loadSettings(), await loadCustomTemplate()),
          async write(values) {
            const { settings, template } = settingsFrom(values, await loadSettings());
            await saveSettings(settings);
            await saveCustomTemplate(template);
            await Promise.all([saveSettings.flush(), saveCustomTemplate.flush()]);
          },
          loadBase: loadSettingsBase,
          saveBase: saveSettingsBase,
        },
      }),
    );
    return service;
  };
  void loadSyncAccount().then(
    async (account) => (account ? (await load()).syncNow() : undefined),
    () => undefined,
  );
  return {
    loadAccount: loadSyncAccount,
    loadStatus: loadSyncStatus,
    onStatusChange: onSyncStatusChange,
    requestAccess: requestServerAccess,
    async connect(account) {
      await saveSyncAccount(account);
      // From now on the background syncs every few minutes too.
      await setSyncAlarm().catch(() => undefined);
      return (await load()).syncNow();
    },
    syncNow: async () => (await load()).syncNow(),
    async disconnect() {
      const account = await loadSyncAccount();
      await forgetSyncAccount();
      await clearSyncAlarm().catch(() => undefined);
      if (account) await releaseServerAccess(account.url);
    },
  };
}
