import type { SyncService } from '../app/sync/service';
import type { VeilleDatabase } from '../db/database';
import type { Writer } from '../db/writer';
import { loadSettings, saveSettings } from '../platform/settings';
import {
  forgetSyncAccount,
  loadSettingsBase,
  loadSyncAccount,
  loadSyncStatus,
  releaseServerAccess,
  requestServerAccess,
  saveSettingsBase,
  saveSyncAccount,
  saveSyncStatus,
} from '../platform/sync-account';
import { loadCustomTemplate, saveCustomTemplate } from '../platform/templates';
import type { SyncDeps } from './options-deps';

/**
 * Sync in the options page: the page syncs while it is open (after changes,
 * every five minutes, and on Sync now). The service worker stays out of it:
 * its bundle has no room for the client and the merge, and it cannot load
 * code lazily. Here the sync code (about 7 KB gzipped) loads only once an
 * account is connected.
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
  let stop: (() => void) | undefined;
  const start = async () => {
    const running = await load();
    stop?.();
    stop = running.watch();
  };
  void loadSyncAccount().then(
    (account) => (account ? start() : undefined),
    () => undefined,
  );
  return {
    loadAccount: loadSyncAccount,
    loadStatus: loadSyncStatus,
    requestAccess: requestServerAccess,
    async connect(account) {
      await saveSyncAccount(account);
      await start();
      return (await load()).syncNow();
    },
    syncNow: async () => (await load()).syncNow(),
    async disconnect() {
      stop?.();
      stop = undefined;
      const account = await loadSyncAccount();
      await forgetSyncAccount();
      if (account) await releaseServerAccess(account.url);
    },
  };
}
