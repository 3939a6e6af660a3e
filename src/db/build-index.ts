import type { Transaction } from 'dexie';
import { buildIndex, buildNames } from '../core/search-index-build';
import type { Entry } from '../core/types';

/**
 * Builds the search index and the month counts from the entries there
 * (database version 3's upgrade), in the upgrade's transaction.
 */
export async function buildIndexIn(tx: Transaction): Promise<void> {
  const index = buildIndex(await tx.table<Entry, string>('entries').toArray());
  await tx.table('postings').bulkPut(index.postings);
  await tx.table('monthSummaries').bulkPut(index.summaries);
}

/**
 * Builds the tag and category counts from the entries there (database
 * version 5's upgrade), in the upgrade's transaction.
 */
export async function buildNamesIn(tx: Transaction): Promise<void> {
  await tx
    .table('nameSummaries')
    .bulkPut(buildNames(await tx.table<Entry, string>('entries').toArray()));
}
