import type { LocalRecords, SyncEntry, SyncMonth } from '../core/sync/records';
import type { VeilleDatabase } from './database';
import { toStoreError } from './errors';

/**
 * Every entry (tombstones included) and month record, for a sync. Records
 * are stamped since database version 4, so `hlc` is always there.
 */
export async function readSyncRecords(db: VeilleDatabase): Promise<LocalRecords> {
  try {
    return await db.transaction('r', db.entries, db.months, async () => ({
      entries: (await db.entries.toArray()) as SyncEntry[],
      months: (await db.months.toArray()) as SyncMonth[],
    }));
  } catch (error) {
    throw toStoreError(error);
  }
}
