import type { LocalRecords, SyncEntry, SyncMonth } from '../core/sync/records';
import type { VeilleDatabase } from './database';
import { toStoreError } from './errors';
import { readOutsideTombstones } from './outside-tombstones';

/**
 * Every entry (tombstones included, those kept apart by the unique URL index
 * too) and month record, for a sync. Records are stamped since database
 * version 4, so `hlc` is always there.
 */
export async function readSyncRecords(db: VeilleDatabase): Promise<LocalRecords> {
  try {
    return await db.transaction('r', db.entries, db.months, db.meta, async () => {
      const entries = (await db.entries.toArray()) as SyncEntry[];
      const stored = new Set(entries.map((entry) => entry.id));
      const outside = Object.values(await readOutsideTombstones(db)) as SyncEntry[];
      return {
        entries: [...entries, ...outside.filter((entry) => !stored.has(entry.id))],
        months: (await db.months.toArray()) as SyncMonth[],
      };
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
