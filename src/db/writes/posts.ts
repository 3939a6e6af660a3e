// Past posts imported: the plan made in the options page, applied again here over what is stored now.
import { type ImportPlan, planImport } from '../../core/import/plan';
import type { VeilleDatabase } from '../database';
import { byId, stampAll } from '../device-dexie';
import { toStoreError } from '../errors';
import { entriesAfter, indexedStores, rebuildIndex } from './search-index';

/**
 * Applies an import of past posts in one transaction over entries and months:
 * it plans again from the plan's files and ids over what is stored at that
 * moment (a capture made since the preview is merged, not overwritten), then
 * writes every record, or nothing. Returns what was done. Throws a StoreError.
 */
export async function importPosts(
  db: VeilleDatabase,
  plan: ImportPlan,
  now: number,
): Promise<ImportPlan> {
  try {
    return await db.transaction('rw', [...indexedStores(db), db.months, db.meta], async () => {
      const existing = { entries: await db.entries.toArray(), months: await db.months.toArray() };
      const applied = planImport(plan.posts, existing, {
        now,
        newIds: plan.newIds,
        newId: () => crypto.randomUUID(),
      });
      const entries = await stampAll(db, applied.putEntries, byId(existing.entries));
      const months = await stampAll(db, applied.putMonths, byId(existing.months));
      if (entries.length > 0) await db.entries.bulkPut(entries);
      if (months.length > 0) await db.months.bulkPut(months);
      await rebuildIndex(db, entriesAfter(existing.entries, [], entries));
      return applied;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
