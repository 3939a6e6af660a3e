/**
 * The popup's and the worker's reads of the store through idb (about 1 KB)
 * instead of Dexie (about 32 KB): a handful of lookups, the drafts, the
 * badge's count. The entry writes are apart (writes.ts), so that the popup
 * loads them after its form is on screen.
 */
import type { IDBPDatabase } from 'idb';
import type { MonthSummary } from '../../core/search-terms';
import type { Entry, MonthKey, MonthRecord } from '../../core/types';
import { toStoreError } from '../errors';
import { DRAFT_TTL_MS, type HotStore, SUGGESTION_WINDOW } from '../hot-store';
import { isLive } from '../live';
import type { Draft } from '../schema';
import { openCurrent } from './open';

export interface IdbDoorOptions {
  /**
   * Brings an older database to the current schema (Dexie, loaded only then).
   * Pages can; the worker cannot load code lazily, and reports `needs-upgrade`.
   */
  upgrade?(): Promise<void>;
}

/** The open database, opened again after the options page closed it for an upgrade. */
export type Connection = () => Promise<IDBPDatabase>;

export interface IdbReads {
  store: HotStore;
  connection: Connection;
}

/** Opens the database at once (in parallel with whatever else starts) and serves its reads. */
export function openIdbReads(name: string, options: IdbDoorOptions = {}): IdbReads {
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

  return { store, connection };
}
