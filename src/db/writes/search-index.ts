import { buildIndex, type IndexBuilder, indexBuilder } from '../../core/search-index-build';
import type { Entry } from '../../core/types';
import type { VeilleDatabase } from '../database';
import type { IndexTx } from '../entry-rules';

/** The search index and the month and name counts, inside a Dexie transaction that holds their stores. */
export function dexieIndexTx(db: VeilleDatabase): IndexTx {
  return {
    getPostings: (terms) => db.postings.bulkGet(terms),
    putPostings: async (postings) => {
      await db.postings.bulkPut(postings);
    },
    deletePostings: (terms) => db.postings.bulkDelete(terms),
    getSummaries: (months) => db.monthSummaries.bulkGet(months),
    putSummaries: async (summaries) => {
      await db.monthSummaries.bulkPut(summaries);
    },
    deleteSummaries: (months) => db.monthSummaries.bulkDelete(months),
    getNames: (ids) => db.nameSummaries.bulkGet(ids),
    putNames: async (summaries) => {
      await db.nameSummaries.bulkPut(summaries);
    },
    deleteNames: (ids) => db.nameSummaries.bulkDelete(ids),
  };
}

/** The stores every entry write holds, so that the index moves with it. */
export const indexedStores = (db: VeilleDatabase) =>
  [db.entries, db.postings, db.monthSummaries, db.nameSummaries] as const;

/**
 * Writes the index and the month and name counts of the whole library anew (a
 * restore, an import: they read every entry anyway), given every entry as it
 * is after the batch, or the builder that was given them. Inside the batch's
 * transaction.
 */
export async function rebuildIndex(
  db: VeilleDatabase,
  entries: Iterable<Entry> | IndexBuilder,
): Promise<void> {
  const index = 'finish' in entries ? entries.finish() : buildIndex(entries);
  await db.postings.clear();
  await db.monthSummaries.clear();
  await db.nameSummaries.clear();
  await db.postings.bulkPut(index.postings);
  await db.monthSummaries.bulkPut(index.summaries);
  await db.nameSummaries.bulkPut(index.names);
}

/** Records written per request batch: a whole restore stays one transaction. */
const CHUNK = 2000;

/**
 * Writes entries a chunk at a time, and indexes each chunk while the
 * database writes it (the index is built in this page's JavaScript, the
 * records are written by the browser's database process). Returns the
 * builder, given every written entry.
 */
export async function putEntriesIndexing(
  db: VeilleDatabase,
  entries: readonly Entry[],
): Promise<IndexBuilder> {
  const builder = indexBuilder();
  let previous: Promise<unknown> = Promise.resolve();
  for (let i = 0; i < entries.length; i += CHUNK) {
    const chunk = entries.slice(i, i + CHUNK);
    const writing = db.entries.bulkPut(chunk);
    // Awaited below; a failure meanwhile is that await's, not an unhandled one.
    writing.catch(() => undefined);
    builder.add(chunk);
    await previous;
    previous = writing;
  }
  await previous;
  return builder;
}
/** Every entry after a batch: those there before, with `deleted` removed and `put` written. */
export function entriesAfter(
  before: readonly Entry[],
  deleted: readonly string[],
  put: readonly Entry[],
): Entry[] {
  const all = new Map(before.map((entry) => [entry.id, entry]));
  for (const id of deleted) all.delete(id);
  for (const entry of put) all.set(entry.id, entry);
  return [...all.values()];
}
