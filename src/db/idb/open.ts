import { type IDBPDatabase, openDB } from 'idb';
import { StoreError } from '../errors';
import { IDB_VERSION, SCHEMA, type StoreName } from '../schema';

/**
 * Opens the database at the current schema version for the popup and the
 * worker. A database that does not exist yet (a fresh install whose options
 * page never opened) is created from schema.ts, exactly as Dexie would. An
 * older one is never upgraded here: that is Dexie's job (database.ts keeps
 * every version's history), so this refuses it with `needs-upgrade`; a newer
 * one (the extension was rolled back) is `unknown-version`.
 */
export async function openCurrent(name: string): Promise<IDBPDatabase> {
  let olderVersion = 0;
  try {
    const db = await openDB(name, IDB_VERSION, {
      upgrade(database, oldVersion, _newVersion, transaction) {
        if (oldVersion !== 0) {
          olderVersion = oldVersion;
          // The refusal is reported by openDB's rejection, not as an unhandled one.
          transaction.done.catch(() => undefined);
          transaction.abort();
          return;
        }
        for (const [storeName, store] of Object.entries(SCHEMA)) {
          const created = database.createObjectStore(storeName as StoreName, {
            keyPath: store.keyPath,
          });
          for (const { field, unique, multiEntry } of store.indexes) {
            created.createIndex(field, field, { unique: !!unique, multiEntry: !!multiEntry });
          }
        }
      },
      // The options page is upgrading the database: let it, and reopen later.
      blocking() {
        db.close();
      },
    });
    return db;
  } catch (error) {
    if (olderVersion > 0) throw new StoreError('needs-upgrade', error);
    if ((error as { name?: string })?.name === 'VersionError') {
      throw new StoreError('unknown-version', error);
    }
    throw error;
  }
}
