/**
 * The popup's and the worker's door to the store: idb (about 1 KB) instead
 * of Dexie (about 32 KB), for the few things they do. The entry writes run
 * the same rules as Dexie's door (../entry-rules.ts).
 */
import type { IDBPDatabase, IDBPTransaction } from 'idb';
import type { NameSummary } from '../../core/name-summaries';
import type { MonthSummary, Posting } from '../../core/search-terms';
import type { Entry, MonthKey, MonthRecord } from '../../core/types';
import { deviceIdIn, type MetaTx } from '../device';
import {
  type EntryTx,
  type IndexTx,
  indexedEntryTx,
  isLive,
  mayPurge,
  saveEntryIn,
  setDeletedAtIn,
  TOMBSTONE_TTL_MS,
  updateEntryIn,
} from '../entry-rules';
import { toStoreError } from '../errors';
import { DRAFT_TTL_MS, type EntryWrites, type HotStore, SUGGESTION_WINDOW } from '../hot-store';
import type { Draft } from '../schema';
import { openCurrent } from './open';

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

export interface IdbDoor {
  store: HotStore;
  writes: EntryWrites;
}

/** Opens the database at once (in parallel with whatever else starts) and serves both halves. */
export interface IdbDoorOptions {
  /**
   * Brings an older database to the current schema (Dexie, loaded only then).
   * Pages can; the worker cannot load code lazily, and reports `needs-upgrade`.
   */
  upgrade?(): Promise<void>;
}

export function openIdbDoor(name: string, options: IdbDoorOptions = {}): IdbDoor {
  let opening: Promise<IDBPDatabase> | undefined;
  const open = async () => {
    try {
      return await openCurrent(name);
    } catch (error) {
      if (!options.upgrade || toStoreError(error).failure !== 'needs-upgrade') throw error;
      await options.upgrade();
      return openCurrent(name);
    }
  };
  const connection = () => {
    opening ??= open().then((db) => {
      // Closed for an upgrade by the options page: the next call reopens.
      db.addEventListener('close', () => {
        opening = undefined;
      });
      return db;
    });
    opening.catch(() => {
      opening = undefined;
    });
    return opening;
  };
  void connection().catch(() => undefined);

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

  const liveEntries = async (limit: number): Promise<Entry[]> => {
    const tx = (await connection()).transaction('entries');
    const found: Entry[] = [];
    let cursor = await tx.store.index('capturedAt').openCursor(null, 'prev');
    while (cursor && found.length < limit) {
      if (isLive(cursor.value as Entry)) found.push(cursor.value as Entry);
      cursor = await cursor.continue();
    }
    return found;
  };

  const store: HotStore = {
    async getEntry(id) {
      const entry = (await (await connection()).get('entries', id)) as Entry | undefined;
      return isLive(entry) ? entry : undefined;
    },
    async findEntryByUrl(url) {
      const entry = (await (await connection()).getFromIndex('entries', 'url', url)) as
        | Entry
        | undefined;
      return isLive(entry) ? entry : undefined;
    },
    async countMonth(monthKey: MonthKey) {
      const summary = (await (await connection()).get('monthSummaries', monthKey)) as
        | MonthSummary
        | undefined;
      return summary?.count ?? 0;
    },
    recentEntries: (limit = SUGGESTION_WINDOW) => liveEntries(limit),
    async publishedMonths() {
      const months = (await (await connection()).getAll('months')) as MonthRecord[];
      return new Set(months.filter((m) => m.publishedAt !== null).map((m) => m.id));
    },
    async loadDraft(url) {
      return (await (await connection()).get('drafts', url)) as Draft | undefined;
    },
    async saveDraft(draft) {
      try {
        await (await connection()).put('drafts', draft);
      } catch {
        // A full disk loses the draft, never the author's ability to save.
      }
    },
    async clearDraft(url) {
      await (await connection()).delete('drafts', url);
    },
    async purgeOldDrafts(now) {
      const db = await connection();
      const old = await db.getAllKeysFromIndex(
        'drafts',
        'updatedAt',
        IDBKeyRange.upperBound(now - DRAFT_TTL_MS, true),
      );
      const tx = db.transaction('drafts', 'readwrite');
      await Promise.all([...old.map((url) => tx.store.delete(url)), tx.done]);
    },
  };

  const writes: EntryWrites = {
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

  return { store, writes };
}
