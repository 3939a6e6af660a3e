// What every batch of entry writes carries, whoever writes it (curation, bookmarks):
// a clock stamp past the stored version, and the search index and month counts
// moved in step, in the batch's own transaction.
import { indexChanges } from '../../core/search-terms';
import type { Entry, MonthRecord } from '../../core/types';
import type { VeilleDatabase } from '../database';
import { byId, stampAll } from '../device-dexie';
import { applyIndexChanges } from '../entry-rules';
import { dexieIndexTx, indexedStores } from './search-index';

/** The stores a batch of entry (and month) writes holds. */
export const batchStores = (db: VeilleDatabase) =>
  [...indexedStores(db), db.months, db.meta] as const;

/**
 * Writes `changed` entries over the `stored` versions they replace (absent for
 * new ones): stamped, indexed and counted. Returns the entries as written.
 */
export async function putEntryBatch(
  db: VeilleDatabase,
  changed: readonly Entry[],
  stored: readonly Entry[],
): Promise<Entry[]> {
  const before = byId(stored);
  const entries = await stampAll(db, changed, before);
  if (entries.length === 0) return entries;
  await db.entries.bulkPut(entries);
  await applyIndexChanges(
    dexieIndexTx(db),
    indexChanges(entries.map((entry) => [before.get(entry.id), entry] as const)),
  );
  return entries;
}

/** Writes changed month records, stamped past the stored versions. */
export async function putMonthBatch(
  db: VeilleDatabase,
  changed: readonly MonthRecord[],
  stored: readonly MonthRecord[],
): Promise<MonthRecord[]> {
  const months = await stampAll(db, changed, byId(stored));
  if (months.length > 0) await db.months.bulkPut(months);
  return months;
}
