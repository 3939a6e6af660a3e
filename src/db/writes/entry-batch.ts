// What every batch of entry writes carries, whoever writes it (curation, bookmarks):
// a clock stamp past the stored version, and the search index and month counts
// moved in step, in the batch's own transaction.
import { addNameDelta, type IndexChanges, indexChanges } from '../../core/search-terms';
import type { Entry, MonthRecord } from '../../core/types';
import type { VeilleDatabase } from '../database';
import { byId, stampAll } from '../device-dexie';
import { applyIndexChanges } from '../entry-rules';
import { dexieIndexTx, indexedStores } from './search-index';

/** The stores a batch of entry (and month) writes holds. */
export const batchStores = (db: VeilleDatabase) =>
  [...indexedStores(db), db.months, db.meta] as const;

/** Entries written per request batch: each batch is cloned into its requests in a task of its own. */
const CHUNK = 1000;

/** The changes of several batches of writes as one (the order of the writes does not matter). */
export function mergeIndexChanges(parts: readonly IndexChanges[]): IndexChanges {
  const [first, ...rest] = parts;
  const merged: IndexChanges = {
    postings: new Map(first?.postings),
    monthDeltas: new Map(first?.monthDeltas),
    nameDeltas: new Map([...(first?.nameDeltas ?? [])].map(([id, d]) => [id, new Map(d)])),
  };
  for (const part of rest) {
    for (const [term, { add, remove }] of part.postings) {
      const found = merged.postings.get(term);
      merged.postings.set(
        term,
        found
          ? { add: [...found.add, ...add], remove: [...found.remove, ...remove] }
          : { add, remove },
      );
    }
    for (const [month, delta] of part.monthDeltas) {
      const next = (merged.monthDeltas.get(month) ?? 0) + delta;
      if (next === 0) merged.monthDeltas.delete(month);
      else merged.monthDeltas.set(month, next);
    }
    for (const [id, spellings] of part.nameDeltas) {
      for (const [spelling, delta] of spellings)
        addNameDelta(merged.nameDeltas, id, spelling, delta);
    }
  }
  return merged;
}

/**
 * Writes `changed` entries over the `stored` versions they replace (absent for
 * new ones): stamped, indexed and counted. Returns the entries as written.
 * A chunk at a time, so that a rename of 10,000 entries or an import of
 * 60,000 does not hold the page in one task: each chunk is handed to the
 * database, then its index changes are worked out while the database writes
 * it; the index is written once, at the end of the same transaction.
 */
export async function putEntryBatch(
  db: VeilleDatabase,
  changed: readonly Entry[],
  stored: readonly Entry[],
): Promise<Entry[]> {
  const before = byId(stored);
  const entries = await stampAll(db, changed, before);
  if (entries.length === 0) return entries;
  const changes: IndexChanges[] = [];
  let previous: Promise<unknown> = Promise.resolve();
  for (let i = 0; i < entries.length; i += CHUNK) {
    const chunk = entries.slice(i, i + CHUNK);
    const writing = db.entries.bulkPut(chunk);
    // Awaited below; a failure meanwhile is that await's, not an unhandled one.
    writing.catch(() => undefined);
    changes.push(indexChanges(chunk.map((entry) => [before.get(entry.id), entry] as const)));
    await previous;
    previous = writing;
  }
  await previous;
  await applyIndexChanges(dexieIndexTx(db), mergeIndexChanges(changes));
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
