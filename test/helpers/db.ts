import type { Entry } from '../../src/core/types';
import type { StoreChange } from '../../src/db/changes';
import { VeilleDatabase } from '../../src/db/database';
import { createEntryWriter, type EntryWriter } from '../../src/db/entry-writer';
import type { HotStore } from '../../src/db/hot-store';
import { openIdbDoor } from '../../src/db/idb/door';
import { createWriter, type Writer } from '../../src/db/writer';
import { type EntryInput, saveEntry } from '../../src/db/writes/entries';

const opened: VeilleDatabase[] = [];

/** A fresh, empty database of its own; `deleteTestDbs()` removes it after the test. */
export function testDb(): VeilleDatabase {
  const db = new VeilleDatabase(`test-${crypto.randomUUID()}`);
  opened.push(db);
  return db;
}

/** For `afterEach`: deletes every database `testDb()` opened. */
export async function deleteTestDbs(): Promise<void> {
  await Promise.all(opened.splice(0).map((db) => db.delete()));
}

export function entryInput(overrides: Partial<EntryInput> = {}): EntryInput {
  return {
    url: 'https://example.org/article',
    title: 'An article',
    note: '',
    tags: [],
    category: '',
    monthKey: '2019-03',
    meta: {},
    ...overrides,
  };
}

/** Stores an entry through the real store code and returns it. */
export async function seedEntry(
  db: VeilleDatabase,
  overrides: Partial<EntryInput> = {},
  now = Date.UTC(2019, 2, 1),
): Promise<Entry> {
  return (await saveEntry(db, entryInput(overrides), now)).entry;
}

/** A database and its writer on a fixed clock; `changes` records what each write announced. */
export function testStore(
  now: number,
  db: VeilleDatabase = testDb(),
): { db: VeilleDatabase; writer: Writer; changes: StoreChange[] } {
  const changes: StoreChange[] = [];
  const writer = createWriter(db, { now: () => now, announce: (change) => changes.push(change) });
  return { db, writer, changes };
}

/**
 * The popup's and the worker's store over the same database, through idb as
 * in the extension, with Dexie beside it (`db`) to seed and check: every test
 * of the hot path is also a test that the two doors see each other's writes.
 */
export function testHotPath(
  now: number,
  db: VeilleDatabase = testDb(),
): { db: VeilleDatabase; store: HotStore; writer: EntryWriter; changes: StoreChange[] } {
  const changes: StoreChange[] = [];
  const door = openIdbDoor(db.name);
  const writer = createEntryWriter(door.writes, {
    now: () => now,
    announce: (change) => changes.push(change),
  });
  return { db, store: door.store, writer, changes };
}
