import { nextStamp } from '../../core/sync/hlc';
import type { Entry, EntryId } from '../../core/types';
import type { VeilleDatabase } from '../database';
import { deviceId } from '../device-dexie';
import {
  type EntryInput,
  type EntryTx,
  indexedEntryTx,
  mayPurge,
  type SaveResult,
  saveEntryIn,
  setDeletedAtIn,
  TOMBSTONE_TTL_MS,
  updateEntryIn,
} from '../entry-rules';
import { toStoreError } from '../errors';
import type { EntryWrites } from '../hot-store';
import { dexieIndexTx, indexedStores } from './search-index';

export { type EntryInput, type SaveResult, TOMBSTONE_TTL_MS };

/**
 * The raw writes of entries through Dexie, each one transaction stamped with
 * `now`. Only the writer (../writer.ts) calls them: it adds the badge and the
 * change announcement that every write owes the rest of the extension. The
 * rules themselves are in ../entry-rules.ts, shared with the idb door.
 */

/** The entries table as an EntryTx, inside a Dexie transaction, keeping the index. */
function dexieTx(db: VeilleDatabase): EntryTx {
  return indexedEntryTx(rawTx(db), dexieIndexTx(db));
}

function rawTx(db: VeilleDatabase): EntryTx {
  return {
    device: () => deviceId(db),
    get: (id) => db.entries.get(id),
    byUrl: (url) => db.entries.where('url').equals(url).first(),
    add: async (entry) => {
      await db.entries.add(entry);
    },
    put: async (entry) => {
      await db.entries.put(entry);
    },
    delete: (id) => db.entries.delete(id),
  };
}

/** Runs `write` in one read-write transaction: a failure writes nothing. */
async function inTransaction<T>(
  db: VeilleDatabase,
  write: (tx: EntryTx) => Promise<T>,
): Promise<T> {
  try {
    return await db.transaction('rw', [...indexedStores(db), db.meta], () => write(dexieTx(db)));
  } catch (error) {
    throw toStoreError(error);
  }
}

export const saveEntry = (db: VeilleDatabase, input: EntryInput, now: number = Date.now()) =>
  inTransaction(db, (tx) => saveEntryIn(tx, input, now));

export const updateEntry = (
  db: VeilleDatabase,
  id: EntryId,
  edit: Partial<EntryInput>,
  now: number = Date.now(),
  base?: Entry,
) => inTransaction(db, (tx) => updateEntryIn(tx, id, edit, now, base));

export const deleteEntry = (db: VeilleDatabase, id: EntryId, now: number = Date.now()) =>
  inTransaction(db, (tx) => setDeletedAtIn(tx, id, now, now));

export const restoreEntry = (db: VeilleDatabase, id: EntryId, now: number = Date.now()) =>
  inTransaction(db, (tx) => setDeletedAtIn(tx, id, null, now));

/**
 * Pins the order of a section's entries (rule 3 of docs/post-format.md): each gets its
 * index as position, in one transaction.
 */
export async function setEntryOrder(
  db: VeilleDatabase,
  orderedIds: readonly EntryId[],
  now: number = Date.now(),
): Promise<void> {
  try {
    await db.transaction('rw', db.entries, db.meta, async () => {
      const device = await deviceId(db);
      const positions = new Map(orderedIds.map((id, position) => [id, position]));
      await db.entries
        .where('id')
        .anyOf([...orderedIds])
        .modify((entry) => {
          entry.position = positions.get(entry.id);
          entry.updatedAt = now;
          entry.hlc = nextStamp(now, device, entry.hlc);
        });
    });
  } catch (error) {
    throw toStoreError(error);
  }
}

/** Removes tombstones older than the TTL; returns how many were removed. */
export async function purgeTombstones(
  db: VeilleDatabase,
  now: number = Date.now(),
): Promise<number> {
  return db.entries
    .where('deletedAt')
    .below(now - TOMBSTONE_TTL_MS)
    .filter(mayPurge)
    .delete();
}

/** Dexie's door to the raw entry writes, for the writer. */
export function dexieEntryWrites(db: VeilleDatabase): EntryWrites {
  return {
    saveEntry: (input, now) => saveEntry(db, input, now),
    updateEntry: (id, edit, now, base) => updateEntry(db, id, edit, now, base),
    setDeletedAt: (id, deletedAt, now) =>
      inTransaction(db, (tx) => setDeletedAtIn(tx, id, deletedAt, now)),
    purgeTombstones: (now) => purgeTombstones(db, now),
  };
}
