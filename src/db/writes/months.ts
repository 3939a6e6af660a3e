import type {
  EntryId,
  MonthKey,
  MonthRecord,
  MonthTextFields,
  PublishedTo,
} from '../../core/types';
import type { VeilleDatabase } from '../database';
import { toStoreError } from '../errors';
import { getMonth } from '../months';

/** The raw writes of month records; only the writer (../writer.ts) calls them. */

export type MonthText = Partial<MonthTextFields>;

/** Saves the month's own text, creating its record on first write. */
export async function saveMonthText(
  db: VeilleDatabase,
  id: MonthKey,
  changes: MonthText,
  now: number = Date.now(),
): Promise<MonthRecord> {
  try {
    return await db.transaction('rw', db.months, async () => {
      const month: MonthRecord = { ...(await getMonth(db, id)), ...changes, updatedAt: now };
      await db.months.put(month);
      return month;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/**
 * Records the month as published with the entries that went into the post,
 * and where Veille put it when it did (a branch of the blog's repository).
 */
export async function markPublished(
  db: VeilleDatabase,
  id: MonthKey,
  entryIds: EntryId[],
  now: number = Date.now(),
  publishedTo?: PublishedTo,
): Promise<MonthRecord> {
  try {
    return await db.transaction('rw', db.months, async () => {
      const month: MonthRecord = {
        ...(await getMonth(db, id)),
        publishedAt: now,
        publishedEntryIds: entryIds,
        ...(publishedTo ? { publishedTo } : {}),
        updatedAt: now,
      };
      await db.months.put(month);
      return month;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}
