import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { deleteTestDbs, testDb } from '../../../test/helpers/db';
import { IDB_VERSION } from '../schema';
import { openCurrent } from './open';

const names: string[] = [];
afterEach(async () => {
  await deleteTestDbs();
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

describe('the hot path’s door (idb)', () => {
  it('creates a new database exactly as Dexie would, and Dexie then opens it as its own', async () => {
    const name = `fresh-${crypto.randomUUID()}`;
    names.push(name);
    const created = await openCurrent(name);
    expect(created.version).toBe(IDB_VERSION);
    created.close();
    const dexie = testDb();
    // Same name as the idb one: Dexie opens it without an upgrade and can use its indexes.
    const same = new (dexie.constructor as new (name: string) => typeof dexie)(name);
    await same.open();
    expect(same.verno).toBe(IDB_VERSION / 10);
    expect(await same.entries.where('monthKey').equals('2019-03').count()).toBe(0);
    same.close();
  });

  it('never upgrades an older database: that is Dexie’s job', async () => {
    const name = `old-${crypto.randomUUID()}`;
    names.push(name);
    const v1 = new Dexie(name);
    v1.version(1).stores({ entries: 'id, &url, month', months: 'id', drafts: 'url' });
    await v1.open();
    v1.close();
    await expect(openCurrent(name)).rejects.toMatchObject({ failure: 'needs-upgrade' });
    const untouched = new Dexie(name);
    await untouched.open();
    expect(untouched.verno).toBe(1);
    untouched.close();
  });

  it('says so when the database is newer than this build knows', async () => {
    const name = `new-${crypto.randomUUID()}`;
    names.push(name);
    const future = new Dexie(name);
    future.version(9).stores({ entries: 'id' });
    await future.open();
    future.close();
    await expect(openCurrent(name)).rejects.toMatchObject({ failure: 'unknown-version' });
  });
});
