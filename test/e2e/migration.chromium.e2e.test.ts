import { describe, expect, it } from 'vitest';
import { IDB_VERSION } from '../../src/db/schema';
import { openPage } from './browser';
import { type DbFixture, dbFixtures } from './db-fixtures';
import { countOf, shown } from './expect';
import { useE2eSession } from './session';

/**
 * The migration harness: for each past schema version (test/fixtures/db/vN.json),
 * the database `veille` is created at that version with the raw IndexedDB API,
 * from a page of the extension, and filled with the fixture's records; then
 * the options page opens it (Dexie upgrades it) and every record must read as
 * the fixture expects. In Chromium: one browser is enough to run Dexie's upgrade.
 */
const e2e = useE2eSession();

/** In the extension's page: deletes `veille` and creates it at the fixture's version. */
async function createAt(fixture: DbFixture): Promise<void> {
  const done = <T>(request: IDBRequest<T> | IDBOpenDBRequest) =>
    new Promise<T>((resolve, reject) => {
      request.onsuccess = () => resolve(request.result as T);
      request.onerror = () => reject(request.error);
    });
  const createEmpty = async (): Promise<IDBDatabase> => {
    await done(indexedDB.deleteDatabase('veille'));
    const open = indexedDB.open('veille', fixture.schemaVersion * 10);
    open.onupgradeneeded = () => {
      for (const [name, store] of Object.entries(fixture.stores)) {
        const created = open.result.createObjectStore(name, { keyPath: store.keyPath });
        for (const { field, unique, multiEntry } of store.indexes) {
          created.createIndex(field, field, { unique: !!unique, multiEntry: !!multiEntry });
        }
      }
    };
    return done<IDBDatabase>(open);
  };
  // The worker opens the store when it starts (the badge) and creates it at the
  // current version if it is missing: when that lands between the delete and
  // the open, the open meets a newer database. Delete and open again.
  let db: IDBDatabase | undefined;
  for (let attempt = 1; !db; attempt++) {
    try {
      db = await createEmpty();
    } catch (error) {
      if ((error as DOMException).name !== 'VersionError' || attempt === 5) throw error;
    }
  }
  const tx = db.transaction(Object.keys(fixture.records), 'readwrite');
  for (const [name, records] of Object.entries(fixture.records)) {
    for (const record of records) tx.objectStore(name).add(record);
  }
  await new Promise<void>((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
  });
  db.close();
}

/** In the extension's page: the database's version and every record of each store. */
async function readAll(): Promise<{ version: number; stores: Record<string, unknown[]> }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const request = indexedDB.open('veille');
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  const stores: Record<string, unknown[]> = {};
  for (const name of [...db.objectStoreNames]) {
    stores[name] = await new Promise<unknown[]>((resolve, reject) => {
      const request = db.transaction(name).objectStore(name).getAll();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  }
  db.close();
  return { version: db.version, stores };
}

describe('upgrading a database of every past schema version', () => {
  for (const { file, fixture } of dbFixtures()) {
    it(`keeps every record of ${file} (schema version ${fixture.schemaVersion})`, async () => {
      // Any page of the extension's origin will do, as long as it opens no database.
      const blank = await openPage(e2e.browser, e2e.browser.url('manifest.json'));
      await blank.evaluate(createAt, fixture);
      await blank.close();

      const options = await openPage(
        e2e.browser,
        `${e2e.browser.url('src/options/index.html')}#tags`,
      );
      // The options page read the upgraded records: the tags and their counts.
      await shown(options.getByRole('heading', { name: 'Tags' }));
      await countOf(options.getByRole('button', { name: 'Rename' })).toBeGreaterThan(0);
      await shown(options.getByRole('rowheader', { name: 'grafana' }));

      const read = await options.evaluate(readAll, undefined);
      expect(read.version).toBe(IDB_VERSION);
      // The device id is drawn at random by the upgrade that brings clock stamps (version 4).
      const device = (read.stores.meta as { key: string; value: string }[] | undefined)?.find(
        (record) => record.key === 'device',
      )?.value;
      const after = device ? JSON.parse(JSON.stringify(read).replaceAll(device, '<device>')) : read;
      for (const [name, expected] of Object.entries(fixture.expected)) {
        const byKey = (records: unknown[]) =>
          [...records].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
        expect(byKey(after.stores[name] ?? []), `${file}: ${name}`).toEqual(byKey(expected));
      }
      await options.close();
    });
  }
});
