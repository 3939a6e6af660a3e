import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { VeilleDatabase } from './database';
import { entriesOfMonth, getEntry } from './entries';

const names: string[] = [];
const opened: Dexie[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) db.close();
  await Promise.all(names.splice(0).map((name) => Dexie.delete(name)));
});

function freshName(): string {
  const name = `schema-${crypto.randomUUID()}`;
  names.push(name);
  return name;
}

function schemaOf(db: Dexie): Record<string, string> {
  return Object.fromEntries(
    db.tables.map((table) => [
      table.name,
      [table.schema.primKey.src, ...table.schema.indexes.map((index) => index.src)].join(', '),
    ]),
  );
}

/** Version 1 as it shipped: never edit it here or in database.ts. */
const VERSION_1 = {
  entries: 'id, &url, month, *tags, category, capturedAt, updatedAt, deletedAt',
  months: 'id, updatedAt',
  drafts: 'url, updatedAt',
};

/**
 * Versions 1 and 2 shipped. If this test fails, a shipped `version(n)` was
 * edited: restore it and add `version(n + 1)` with an `upgrade()` instead,
 * with a test that opens a database filled at version n.
 */
describe('the schema', () => {
  it('is at version 2, with the month key indexed as monthKey', async () => {
    const db = new VeilleDatabase(freshName());
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(2);
    expect(schemaOf(db)).toEqual({
      ...VERSION_1,
      entries: 'id, &url, monthKey, *tags, category, capturedAt, updatedAt, deletedAt',
    });
  });

  it('upgrades a database filled at version 1: month → monthKey, meta.publishedAt → meta.pageDate', async () => {
    const name = freshName();
    const v1 = new Dexie(name);
    v1.version(1).stores(VERSION_1);
    await v1.open();
    await v1.table('entries').bulkAdd([
      {
        id: 'a',
        url: 'https://example.org/a',
        title: 'A',
        note: 'n',
        tags: ['x'],
        category: 'Data',
        month: '2019-03',
        capturedAt: 1,
        updatedAt: 2,
        deletedAt: null,
        meta: { siteName: 'Ex', publishedAt: '2019-03-01' },
      },
      {
        id: 'b',
        url: 'https://example.org/b',
        title: 'B',
        note: '',
        tags: [],
        category: '',
        month: '2019-02',
        capturedAt: 3,
        updatedAt: 3,
        deletedAt: 4,
        meta: {},
      },
    ]);
    await v1.table('drafts').add({
      url: 'https://example.org/c',
      title: 'C',
      note: 'typed',
      tags: [],
      category: '',
      month: '2019-03',
      updatedAt: 5,
    });
    v1.close();

    const db = new VeilleDatabase(name);
    opened.push(db);
    expect(await getEntry(db, 'a')).toEqual({
      id: 'a',
      url: 'https://example.org/a',
      title: 'A',
      note: 'n',
      tags: ['x'],
      category: 'Data',
      monthKey: '2019-03',
      capturedAt: 1,
      updatedAt: 2,
      deletedAt: null,
      meta: { siteName: 'Ex', pageDate: '2019-03-01' },
    });
    expect((await entriesOfMonth(db, '2019-03')).map((entry) => entry.id)).toEqual(['a']);
    expect(await db.entries.get('b')).toMatchObject({ monthKey: '2019-02', deletedAt: 4 });
    expect(await db.entries.get('b')).not.toHaveProperty('month');
    expect(await db.drafts.get('https://example.org/c')).toEqual({
      url: 'https://example.org/c',
      title: 'C',
      note: 'typed',
      tags: [],
      category: '',
      monthKey: '2019-03',
      updatedAt: 5,
    });
  });
});
