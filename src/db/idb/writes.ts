/**
 * The entry writes through idb, running the same rules as Dexie's door
 * (../entry-rules.ts): the search index, month counts and clock stamps are
 * kept in each entry's own transaction.
 */
import type { IDBPTransaction } from 'idb';
import type { NameSummary } from '../../core/name-summaries';
import type { MonthSummary, Posting } from '../../core/search-terms';
import type { Entry } from '../../core/types';
import { deviceIdIn, type MetaTx } from '../device';
import {
  type EntryTx,
  type IndexTx,
  indexedEntryTx,
  mayPurge,
  saveEntryIn,
  setDeletedAtIn,
  TOMBSTONE_TTL_MS,
  updateEntryIn,
} from '../entry-rules';
import { toStoreError } from '../errors';
import type { EntryWrites } from '../hot-store';
import type { Connection } from './reads';

/** An entry write's stores: the entries, the index and month and name counts kept with them, and the device id its clock stamps carry. */
const WRITTEN = ['entries', 'postings', 'monthSummaries', 'nameSummaries', 'meta'] as const;
type ReadWrite = IDBPTransaction<unknown, [...typeof WRITTEN], 'readwrite'>;

function indexTx(tx: ReadWrite): IndexTx {
  const postings = tx.objectStore('postings');
  const summaries = tx.objectStore('monthSummaries');
  const names = tx.objectStore('nameSummaries');
  return {
    getPostings: (terms) =>
      Promise.all(terms.map((term) => postings.get(term) as Promise<Posting | undefined>)),
    putPostings: async (rows) => {
      await Promise.all(rows.map((row) => postings.put(row)));
    },
    deletePostings: async (terms) => {
      await Promise.all(terms.map((term) => postings.delete(term)));
    },
    getSummaries: (months) =>
      Promise.all(months.map((id) => summaries.get(id) as Promise<MonthSummary | undefined>)),
    putSummaries: async (rows) => {
      await Promise.all(rows.map((row) => summaries.put(row)));
    },
    deleteSummaries: async (months) => {
      await Promise.all(months.map((id) => summaries.delete(id)));
    },
    getNames: (ids) =>
      Promise.all(ids.map((id) => names.get(id) as Promise<NameSummary | undefined>)),
    putNames: async (rows) => {
      await Promise.all(rows.map((row) => names.put(row)));
    },
    deleteNames: async (ids) => {
      await Promise.all(ids.map((id) => names.delete(id)));
    },
  };
}

function entryTx(tx: ReadWrite): EntryTx {
  return indexedEntryTx(rawEntryTx(tx), indexTx(tx));
}

function rawEntryTx(tx: ReadWrite): EntryTx {
  const store = tx.objectStore('entries');
  const meta = tx.objectStore('meta');
  return {
    device: () => deviceIdIn(meta as unknown as MetaTx),
    get: (id) => store.get(id) as Promise<Entry | undefined>,
    byUrl: (url) => store.index('url').get(url) as Promise<Entry | undefined>,
    add: async (entry) => {
      await store.add(entry);
    },
    put: async (entry) => {
      await store.put(entry);
    },
    delete: (id) => store.delete(id),
  };
}

/** The raw entry writes on `connection`, one transaction each. */
export function idbWrites(connection: Connection): EntryWrites {
  /** One read-write transaction of `entries` running the shared rules: all or nothing. */
  const write = async <T>(run: (tx: EntryTx) => Promise<T>): Promise<T> => {
    let tx: ReadWrite | undefined;
    try {
      tx = (await connection()).transaction([...WRITTEN], 'readwrite');
      // Its rejection is the run's own error, handled below.
      tx.done.catch(() => undefined);
      const result = await run(entryTx(tx));
      await tx.done;
      return result;
    } catch (error) {
      try {
        tx?.abort();
      } catch {
        // Already finished: nothing was committed by a failed run.
      }
      throw toStoreError(error);
    }
  };

  return {
    saveEntry: (input, now) => write((tx) => saveEntryIn(tx, input, now)),
    updateEntry: (id, edit, now, base) => write((tx) => updateEntryIn(tx, id, edit, now, base)),
    setDeletedAt: (id, deletedAt, now) => write((tx) => setDeletedAtIn(tx, id, deletedAt, now)),
    async purgeTombstones(now) {
      const db = await connection();
      const tx = db.transaction('entries', 'readwrite');
      const old = (
        (await tx.store
          .index('deletedAt')
          .getAll(IDBKeyRange.upperBound(now - TOMBSTONE_TTL_MS, true))) as Entry[]
      ).filter(mayPurge);
      await Promise.all([...old.map((entry) => tx.store.delete(entry.id)), tx.done]);
      return old.length;
    },
  };
}
