import type { Transaction } from 'dexie';
import { indexChanges } from '../core/search-terms';
import type { Entry } from '../core/types';

/** How many entries the upgrade reads, indexes and writes at a time. */
const CHUNK = 2000;

/**
 * Builds the search index and the month counts from the entries there
 * (database version 3's upgrade), in the upgrade's transaction, a chunk of
 * entries at a time so that 100,000 entries never sit in memory at once.
 */
export async function buildIndex(tx: Transaction): Promise<void> {
  const entries = tx.table<Entry, string>('entries');
  const counts = new Map<string, number>();
  let last: string | undefined;
  for (;;) {
    const chunk = await (last === undefined
      ? entries.orderBy(':id')
      : entries.where(':id').above(last)
    )
      .limit(CHUNK)
      .toArray();
    if (chunk.length === 0) break;
    last = chunk[chunk.length - 1]?.id;
    const changes = indexChanges(chunk.map((entry) => [undefined, entry] as const));
    await tx.table('entryTerms').bulkPut(changes.putRows);
    for (const [month, delta] of changes.monthDeltas) {
      counts.set(month, (counts.get(month) ?? 0) + delta);
    }
  }
  await tx.table('monthSummaries').bulkPut([...counts].map(([id, count]) => ({ id, count })));
}
