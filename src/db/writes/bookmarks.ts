// Bookmarks imported: the plan made in the options page, applied again here over what is stored now.
import { type BookmarkPlan, planBookmarks } from '../../core/import/bookmarks-plan';
import type { VeilleDatabase } from '../database';
import { toStoreError } from '../errors';
import { batchStores, putEntryBatch } from './entry-batch';

/**
 * Applies an import of bookmarks in one transaction over the entries: it
 * plans again from the plan's records and ids over what is stored at that
 * moment (a capture made since the preview is merged, not overwritten),
 * then writes every entry, or none. Returns what was done. Throws a StoreError.
 */
export async function importBookmarks(
  db: VeilleDatabase,
  plan: BookmarkPlan,
  now: number,
): Promise<BookmarkPlan> {
  try {
    return await db.transaction('rw', batchStores(db), async () => {
      const stored = await db.entries.toArray();
      const applied = planBookmarks(plan.files, stored, {
        now,
        timeZone: plan.timeZone,
        newIds: plan.newIds,
        newId: () => crypto.randomUUID(),
      });
      const putEntries = await putEntryBatch(db, applied.putEntries, stored);
      return { ...applied, putEntries };
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
