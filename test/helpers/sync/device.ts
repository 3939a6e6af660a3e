/**
 * A device for the sync tests: its own database (fake-indexeddb), its writer
 * on a clock the test moves, and a sync against a WebDAV address through the
 * real client, run and store code.
 */
import { SyncError } from '../../../src/app/sync/errors';
import { runSync, type SyncReport } from '../../../src/app/sync/run';
import type { SettingsSide } from '../../../src/app/sync/settings-side';
import { createWebDav } from '../../../src/app/sync/webdav';
import type { SyncSettings } from '../../../src/core/sync/records';
import { VeilleDatabase } from '../../../src/db/database';
import { ensureDeviceId } from '../../../src/db/device-dexie';
import { readSyncRecords } from '../../../src/db/sync-records';
import { createWriter, type Writer } from '../../../src/db/writer';
import { entryInput } from '../db';

export interface TestDevice {
  db: VeilleDatabase;
  /** The post's settings as this browser's storage.sync holds them. */
  settings: Record<string, string>;
  writer: Writer;
  /** This device's clock, ms; the test sets it. */
  clock: { now: number };
  deviceId(): Promise<string>;
  sync(
    url: string,
    options?: { passphrase?: string; password?: string; attempts?: number; purgeAfterMs?: number },
  ): Promise<SyncReport>;
  /** The sync's failure, or throws if it succeeded. */
  syncFails(url: string, options?: Parameters<TestDevice['sync']>[1]): Promise<SyncError>;
  capture(url: string, note?: string, monthKey?: string): Promise<string>;
  /** Live entries as url -> note. */
  live(): Promise<Record<string, string>>;
  /** Every record as stored, for "nothing changed" checks. */
  dump(): Promise<unknown>;
  close(): Promise<void>;
}

export function testDevice(now: number, user = { name: 'author', password: 'secret' }): TestDevice {
  const db = new VeilleDatabase(`sync-${crypto.randomUUID()}`);
  const clock = { now };
  const writer = createWriter(db, { now: () => clock.now, announce: () => undefined });
  const cache = new Map<string, { etag: string; text: string }>();
  const deviceId = () => ensureDeviceId(db);
  const settings: Record<string, string> = { seriesName: '', postLanguage: 'en' };
  let base: SyncSettings | undefined;
  const settingsSide: SettingsSide = {
    read: async () => ({ ...settings }),
    write: async (values) => {
      for (const key of Object.keys(settings)) delete settings[key];
      Object.assign(settings, values);
    },
    loadBase: async () => base,
    saveBase: async (next) => {
      base = next;
    },
  };
  const device: TestDevice = {
    db,
    settings,
    writer,
    clock,
    deviceId,
    async sync(url, options = {}) {
      const dav = createWebDav({
        url,
        user: user.name,
        password: options.password ?? user.password,
      });
      return runSync(
        dav,
        {
          read: () => readSyncRecords(db),
          apply: (plan) => writer.applySync(plan),
          settings: settingsSide,
        },
        {
          device: await deviceId(),
          now: () => clock.now,
          passphrase: options.passphrase,
          attempts: options.attempts,
          purgeAfterMs: options.purgeAfterMs ?? 90 * 24 * 60 * 60 * 1000,
          // Apache's ETag of a file changed within the last second is weak and
          // never matches If-Match: the write is tried again a moment later.
          pause: (attempt) => new Promise((resolve) => setTimeout(resolve, 250 * attempt)),
        },
        cache,
      );
    },
    async syncFails(url, options) {
      try {
        await device.sync(url, options);
      } catch (error) {
        if (error instanceof SyncError) return error;
        throw error;
      }
      throw new Error('the sync succeeded');
    },
    async capture(url, note = '', monthKey = '2026-11') {
      return (await writer.saveEntry(entryInput({ url, note, monthKey }))).entry.id;
    },
    async live() {
      const entries = await db.entries.toArray();
      return Object.fromEntries(
        entries
          .filter((entry) => entry.deletedAt === null)
          .map((entry) => [entry.url, entry.note])
          .sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1)),
      );
    },
    async dump() {
      return { entries: await db.entries.toArray(), months: await db.months.toArray() };
    },
    close: () => db.delete(),
  };
  return device;
}
