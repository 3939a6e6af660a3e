// The merge alone: the backup file's schemas (valibot) stay out of the popup and the worker.
import { type BackupRecords, type MergeCounts, planMerge } from '../../core/backup/merge';
import type { VeilleDatabase } from '../database';
import { byId, stampAll } from '../device-dexie';
import { toStoreError } from '../errors';
import { indexedStores, putEntriesIndexing, rebuildIndex } from './search-index';

export interface ImportOptions {
  /**
   * Also bring back the backup's entries that were deleted here after the
   * backup's version (see `planMerge`), stamped with `now`.
   */
  reviveDeleted?: boolean;
}

/**
 * Merges a parsed backup into the database (`planMerge`: the later update
 * wins), in one transaction over entries and months: a failure writes
 * nothing. Returns what changed, for the UI. Throws a StoreError.
 */
export async function importBackup(
  db: VeilleDatabase,
  backup: BackupRecords,
  now: number = Date.now(),
  options: ImportOptions = {},
): Promise<MergeCounts> {
  try {
    return await db.transaction('rw', [...indexedStores(db), db.months, db.meta], async () => {
      const existing = {
        entries: await db.entries.toArray(),
        months: await db.months.toArray(),
      };
      const plan = planMerge(existing, backup, options.reviveDeleted ? { reviveAt: now } : {});
      // The unique URL index is checked at each write, not at commit: remove
      // the conflicts' losers and the records whose URL moves first, so that
      // two records swapping URLs are written without a transient clash.
      const urls = new Map(existing.entries.map((entry) => [entry.id, entry.url]));
      const moved = plan.putEntries.filter((entry) => {
        const url = urls.get(entry.id);
        return url !== undefined && url !== entry.url;
      });
      const removed = [...plan.deleteEntryIds, ...moved.map((entry) => entry.id)];
      if (removed.length > 0) await db.entries.bulkDelete(removed);
      const entries = await stampAll(db, plan.putEntries, byId(existing.entries));
      const months = await stampAll(db, plan.putMonths, byId(existing.months));
      const index = await putEntriesIndexing(db, entries);
      // The entries kept as they were are indexed too: the index is rewritten whole.
      const gone = new Set([...removed, ...entries.map((entry) => entry.id)]);
      index.add(existing.entries.filter((entry) => !gone.has(entry.id)));
      if (months.length > 0) await db.months.bulkPut(months);
      await rebuildIndex(db, index);
      return plan.counts;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
