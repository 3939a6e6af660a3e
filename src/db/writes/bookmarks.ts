// Bookmarks imported: the plan made in the options page, applied again here over what is stored now.
import { type BookmarkPlan, planBookmarks } from '../../core/import/bookmarks-plan';
import type { VeilleDatabase } from '../database';
import { toStoreError } from '../errors';

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
    return await db.transaction('rw', db.entries, async () => {
      const applied = planBookmarks(plan.files, await db.entries.toArray(), {
        now,
        timeZone: plan.timeZone,
        newIds: plan.newIds,
        newId: () => crypto.randomUUID(),
      });
      if (applied.putEntries.length > 0) await db.entries.bulkPut(applied.putEntries);
      return applied;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
