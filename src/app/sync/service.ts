/**
 * Sync as the options page runs it: on demand (Sync now), a few seconds
 * after the library changes (`onStoreChange`, not the sync's own writes),
 * and every few minutes while the page is open. One sync at a time; each
 * ends with a status saved for the status line.
 */
import { onStoreChange } from '../../db/changes';
import type { VeilleDatabase } from '../../db/database';
import { ensureDeviceId } from '../../db/device-dexie';
import { readSyncRecords } from '../../db/sync-records';
import type { Writer } from '../../db/writer';
import type { SyncAccount, SyncStatus } from '../../platform/sync-account';
import { SyncError } from './errors';
import { withSyncLock } from './lock';
import { runSync } from './run';
import type { SettingsSide } from './settings-side';
import { createWebDav } from './webdav';

export interface SyncServiceDeps {
  db: VeilleDatabase;
  writer: Writer;
  loadAccount(): Promise<SyncAccount | undefined>;
  saveStatus(status: SyncStatus): Promise<void>;
  now(): number;
  fetch?: typeof fetch;
  /** A name the author recognises in the server's device list. */
  deviceName?: string;
  /** The post's settings, when they travel with the library. */
  settings?: SettingsSide;
}

export interface SyncService {
  /** Runs a sync now (or joins the one running); undefined when no account is set. */
  syncNow(): Promise<SyncStatus | undefined>;
  /** Syncs after changes and every `everyMs`; returns the way to stop. */
  watch(options?: { quietMs?: number; everyMs?: number }): () => void;
}

/** A tombstone seen by every device is purged after the same delay as the library's own. */
const PURGE_AFTER_MS = 90 * 24 * 60 * 60 * 1000;

export function createSyncService(deps: SyncServiceDeps): SyncService {
  const cache = new Map<string, { etag: string; text: string }>();
  let running: Promise<SyncStatus | undefined> | undefined;

  async function run(): Promise<SyncStatus | undefined> {
    const account = await deps.loadAccount();
    if (!account) return undefined;
    let status: SyncStatus;
    try {
      const dav = createWebDav(account, deps.fetch ?? fetch.bind(globalThis));
      const report = await runSync(
        dav,
        {
          read: () => readSyncRecords(deps.db),
          apply: (plan) => deps.writer.applySync(plan),
          settings: deps.settings,
        },
        {
          device: await ensureDeviceId(deps.db),
          deviceName: deps.deviceName,
          now: deps.now,
          passphrase: account.passphrase || undefined,
          purgeAfterMs: PURGE_AFTER_MS,
        },
        cache,
      );
      status = { at: report.at, failure: '', detail: '', ...report.counts };
    } catch (error) {
      status = {
        at: deps.now(),
        failure: error instanceof SyncError ? error.failure : 'local',
        detail: error instanceof Error ? error.message : String(error),
        received: 0,
        sent: 0,
      };
    }
    await deps.saveStatus(status).catch(() => undefined);
    return status;
  }

  const syncNow = () => {
    // The lock: the background's sync and this page's never run at once.
    running ??= withSyncLock(run).finally(() => {
      running = undefined;
    });
    return running;
  };

  return {
    syncNow,
    watch({ quietMs = 3_000, everyMs = 5 * 60_000 } = {}) {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const soon = () => {
        clearTimeout(timer);
        timer = setTimeout(() => void syncNow(), quietMs);
      };
      const stopListening = onStoreChange((change) => {
        if (!change.fromSync) soon();
      });
      const interval = setInterval(() => void syncNow(), everyMs);
      void syncNow();
      return () => {
        stopListening();
        clearTimeout(timer);
        clearInterval(interval);
      };
    },
  };
}
