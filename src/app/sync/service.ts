/**
 * One sync at a time with the author's server, in whichever context runs it
 * (the options page on Connect, Sync now and its opening; the background's
 * sync worker, `job.ts`, after changes, at start and periodically). Each
 * ends with a status saved for the status line.
 */
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

  return { syncNow };
}
