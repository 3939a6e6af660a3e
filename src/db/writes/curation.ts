// Bulk curation and the tags and categories managers: many records, one transaction.
import {
  applyBulkEdit,
  type BulkEdit,
  renameCategoryOf,
  renameSectionOf,
  renameTagOf,
} from '../../core/curation';
import type { Entry, EntryId, MonthKey, MonthRecord } from '../../core/types';
import type { VeilleDatabase } from '../database';
import { toStoreError } from '../errors';

/** What a curation write changed. */
export interface CurationResult {
  entryIds: EntryId[];
  monthKeys: MonthKey[];
}

/** Runs `write` in one read-write transaction over entries and months: all of it, or nothing. */
async function inTransaction<T>(db: VeilleDatabase, write: () => Promise<T>): Promise<T> {
  try {
    return await db.transaction('rw', db.entries, db.months, write);
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Applies one edit to the entries `ids` (those it changes), in one transaction. */
export function bulkEdit(
  db: VeilleDatabase,
  ids: readonly EntryId[],
  edit: BulkEdit,
  now: number,
): Promise<CurationResult> {
  return inTransaction(db, async () => {
    const stored = await db.entries.bulkGet([...ids]);
    const changed = stored.flatMap((entry) => {
      const next = entry ? applyBulkEdit(entry, edit, now) : null;
      return next ? [next] : [];
    });
    if (changed.length > 0) await db.entries.bulkPut(changed);
    return { entryIds: changed.map((entry) => entry.id), monthKeys: [] };
  });
}

/** The live entries changed by `rename`, written back. */
async function renameEntries(
  db: VeilleDatabase,
  rename: (entry: Entry) => Entry | null,
): Promise<Entry[]> {
  const changed: Entry[] = [];
  await db.entries.each((entry) => {
    const next = rename(entry);
    if (next) changed.push(next);
  });
  if (changed.length > 0) await db.entries.bulkPut(changed);
  return changed;
}

/** Renames a tag on every live entry (a merge when an entry has both), in one transaction. */
export function renameTag(
  db: VeilleDatabase,
  from: string,
  to: string,
  now: number,
): Promise<CurationResult> {
  return inTransaction(db, async () => {
    const changed = await renameEntries(db, (entry) => renameTagOf(entry, from, to, now));
    return { entryIds: changed.map((entry) => entry.id), monthKeys: [] };
  });
}

/**
 * Renames a category on every live entry and, in the same transaction, the
 * section of that name in every month's text (its intro and pinned place).
 */
export function renameCategory(
  db: VeilleDatabase,
  from: string,
  to: string,
  now: number,
): Promise<CurationResult> {
  return inTransaction(db, async () => {
    const changed = await renameEntries(db, (entry) => renameCategoryOf(entry, from, to, now));
    const months: MonthRecord[] = [];
    await db.months.each((month) => {
      const next = renameSectionOf(month, from.trim(), to.trim(), now);
      if (next) months.push(next);
    });
    if (months.length > 0) await db.months.bulkPut(months);
    return {
      entryIds: changed.map((entry) => entry.id),
      monthKeys: months.map((month) => month.id),
    };
  });
}
