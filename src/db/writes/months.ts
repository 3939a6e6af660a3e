import { nextStamp } from '../../core/sync/hlc';
import type {
  EntryId,
  MonthKey,
  MonthRecord,
  MonthTextFields,
  PublishedTo,
} from '../../core/types';
import type { VeilleDatabase } from '../database';
import { deviceId } from '../device-dexie';
import { toStoreError } from '../errors';
import { getMonth } from '../months';

/** Writes a month, stamped past its stored version, in one transaction. */
async function writeMonth(
  db: VeilleDatabase,
  id: MonthKey,
  change: (month: MonthRecord) => MonthRecord,
  now: number,
): Promise<MonthRecord> {
  try {
    return await db.transaction('rw', db.months, db.meta, async () => {
      const stored = await getMonth(db, id);
      const hlc = nextStamp(now, await deviceId(db), stored.hlc);
      const month: MonthRecord = { ...change(stored), updatedAt: now, hlc };
      await db.months.put(month);
      return month;
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** The raw writes of month records; only the writer (../writer.ts) calls them. */

export type MonthText = Partial<MonthTextFields>;

/** Saves the month's own text, creating its record on first write. */
export async function saveMonthText(
  db: VeilleDatabase,
  id: MonthKey,
  changes: MonthText,
  now: number = Date.now(),
): Promise<MonthRecord> {
  return writeMonth(db, id, (month) => ({ ...month, ...changes }), now);
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
  return writeMonth(
    db,
    id,
    (month) => ({
      ...month,
      publishedAt: now,
      publishedEntryIds: entryIds,
      ...(publishedTo ? { publishedTo } : {}),
    }),
    now,
  );
}
