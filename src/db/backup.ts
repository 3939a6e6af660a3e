import type { Entry, MonthRecord } from '../core/types';
import type { VeilleDatabase } from './database';
import { toStoreError } from './errors';

/**
 * Everything a backup holds: all entries, tombstones included, oldest capture
 * first (so the file reads in order), and all month records.
 */
export async function readBackup(
  db: VeilleDatabase,
): Promise<{ entries: Entry[]; months: MonthRecord[] }> {
  try {
    return await db.transaction('r', db.entries, db.months, async () => ({
      entries: await db.entries.orderBy('capturedAt').toArray(),
      months: await db.months.toArray(),
    }));
  } catch (error) {
    throw toStoreError(error);
  }
}
