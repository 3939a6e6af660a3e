import { indexChanges } from '../../core/search-terms';
import type { Entry } from '../../core/types';
import type { VeilleDatabase } from '../database';
import { applyIndexChanges, type IndexTx } from '../entry-rules';

/** The search index and the month counts, inside a Dexie transaction that holds their stores. */
export function dexieIndexTx(db: VeilleDatabase): IndexTx {
  return {
    deleteTerms: (keys) => db.entryTerms.bulkDelete(keys),
    putTerms: async (rows) => {
      await db.entryTerms.bulkPut(rows);
    },
    getSummaries: (months) => db.monthSummaries.bulkGet(months),
    putSummaries: async (summaries) => {
      await db.monthSummaries.bulkPut(summaries);
    },
    deleteSummaries: (months) => db.monthSummaries.bulkDelete(months),
  };
}

/** The stores every entry write holds, so that the index moves with it. */
export const indexedStores = (db: VeilleDatabase) =>
  [db.entries, db.entryTerms, db.monthSummaries] as const;

/**
 * Updates the index and the month counts for a batch of entry writes (a
 * restore, an import), given each entry before and after. Inside the batch's
 * transaction.
 */
export function reindexBatch(
  db: VeilleDatabase,
  writes: Iterable<readonly [Entry | undefined, Entry | undefined]>,
): Promise<void> {
  return applyIndexChanges(dexieIndexTx(db), indexChanges(writes));
}
