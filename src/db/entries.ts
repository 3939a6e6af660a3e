import type { Entry, EntryId, MonthKey } from '../core/types';
import type { VeilleDatabase } from './database';
import { isLive } from './entry-rules';
import { SUGGESTION_WINDOW } from './hot-store';

/** The live entry with this clean URL, if any. */
export async function findEntryByUrl(db: VeilleDatabase, url: string): Promise<Entry | undefined> {
  const entry = await db.entries.where('url').equals(url).first();
  return isLive(entry) ? entry : undefined;
}

export async function getEntry(db: VeilleDatabase, id: EntryId): Promise<Entry | undefined> {
  const entry = await db.entries.get(id);
  return isLive(entry) ? entry : undefined;
}

/** The month's live entries, oldest capture first. */
export async function entriesOfMonth(db: VeilleDatabase, month: MonthKey): Promise<Entry[]> {
  const entries = await db.entries.where('monthKey').equals(month).sortBy('capturedAt');
  return entries.filter(isLive);
}

/** The month's live entries, counted as they are written (`monthSummaries`). */
export async function countMonth(db: VeilleDatabase, month: MonthKey): Promise<number> {
  return (await db.monthSummaries.get(month))?.count ?? 0;
}

/**
 * The latest live captures, newest first: the source of tag and category
 * suggestions. Bounded, so the popup costs the same after years of use, and
 * recent habits weigh more than old ones.
 */
export async function recentEntries(
  db: VeilleDatabase,
  limit: number = SUGGESTION_WINDOW,
): Promise<Entry[]> {
  return db.entries
    .orderBy('capturedAt')
    .reverse()
    .filter((entry) => entry.deletedAt === null)
    .limit(limit)
    .toArray();
}

/**
 * The months that have at least one live entry, newest first: the keys of
 * the month counts kept with every write (a month without live entries has
 * none), read without reading an entry.
 */
export async function monthsWithEntries(db: VeilleDatabase): Promise<MonthKey[]> {
  const months = await db.monthSummaries.toCollection().primaryKeys();
  return months.reverse();
}
