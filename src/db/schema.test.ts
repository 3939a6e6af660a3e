import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { emptyMonth } from '../core/month-record';
import { parseQuery } from '../core/search';
import { isDeviceId } from '../core/sync/hlc';
import type { Entry } from '../core/types';
import { VeilleDatabase } from './database';
import { countMonth, entriesOfMonth, getEntry, monthsWithEntries } from './entries';
import { categoryCounts, tagCounts } from './names';
import { DEVICE_KEY } from './schema';
import { searchEntries } from './search';
import { updateEntry } from './writes/entries';

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

/** Version 2 as it shipped. */
const VERSION_2 = {
  ...VERSION_1,
  entries: 'id, &url, monthKey, *tags, category, capturedAt, updatedAt, deletedAt',
};

/** Version 4 as it shipped. */
const VERSION_4 = { ...VERSION_2, postings: 'term', monthSummaries: 'id', meta: 'key' };

/**
 * Versions 1 to 5 shipped. If this test fails, a shipped `version(n)` was
 * edited: restore it and add `version(n + 1)` with an `upgrade()` instead,
 * with a test that opens a database filled at version n.
 */
describe('the schema', () => {
  it('is at version 5: version 2, the search index and month counts (3), a meta store for the device id (4), the tag and category counts (5)', async () => {
    const db = new VeilleDatabase(freshName());
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(5);
    expect(schemaOf(db)).toEqual({ ...VERSION_4, nameSummaries: 'id' });
  });

  it('upgrades a database filled at version 4: every tag and category of the live entries counted per spelling', async () => {
    const name = freshName();
    const v4 = new Dexie(name);
    v4.version(4).stores(VERSION_4);
    await v4.open();
    const entry = (id: string, tags: string[], category: string, deletedAt: number | null) => ({
      id,
      url: `https://example.org/${id}`,
      title: id,
      note: '',
      tags,
      category,
      monthKey: '2026-11',
      capturedAt: 1,
      updatedAt: 1,
      deletedAt,
      meta: {},
      hlc: '0000000000001.000000.fixture0dev1',
    });
    await v4
      .table('entries')
      .bulkAdd([
        entry('a', ['Docker', '#docker', 'Sécurité'], ' Ops ', null),
        entry('b', ['docker'], 'Ops', null),
        entry('c', ['Docker', 'securite'], '', null),
        entry('d', ['Docker', 'gone'], 'Gone', 5),
      ]);
    await v4.table('meta').put({ key: DEVICE_KEY, value: 'fixture0dev1' });
    v4.close();

    const db = new VeilleDatabase(name);
    opened.push(db);
    expect(await tagCounts(db)).toEqual([
      { name: 'Docker', count: 3 },
      // Apart, as renames treat them: tags differ by accents.
      { name: 'Sécurité', count: 1 },
      { name: 'securite', count: 1 },
    ]);
    expect(await categoryCounts(db)).toEqual([{ name: 'Ops', count: 2 }]);
    expect(await db.nameSummaries.get('tag:docker')).toEqual({
      id: 'tag:docker',
      spellings: { Docker: 2, docker: 1 },
    });
    // Nothing for the tombstone's names.
    expect(await db.nameSummaries.count()).toBe(4);
    expect((await db.meta.get(DEVICE_KEY))?.value).toBe('fixture0dev1');
  });

  it('upgrades a database filled at version 2: every entry and month gets a clock stamp of its update time', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    v2.version(2).stores(VERSION_2);
    await v2.open();
    const entry = {
      id: 'a',
      url: 'https://example.org/a',
      title: 'A',
      note: '',
      tags: [],
      category: '',
      monthKey: '2026-11',
      capturedAt: 1_764_000_000_000,
      updatedAt: 1_764_000_000_500,
      deletedAt: null,
      meta: {},
    };
    await v2
      .table('entries')
      .bulkAdd([entry, { ...entry, id: 'b', url: 'https://example.org/b', deletedAt: 2 }]);
    await v2.table('months').add({ ...emptyMonth('2026-11'), intro: 'x', updatedAt: 7 });
    v2.close();

    const db = new VeilleDatabase(name);
    opened.push(db);
    const device = (await db.meta.get(DEVICE_KEY))?.value as string;
    expect(isDeviceId(device)).toBe(true);
    expect(await db.entries.get('a')).toEqual({ ...entry, hlc: `1764000000500.000000.${device}` });
    expect(await db.entries.get('b')).toMatchObject({
      deletedAt: 2,
      hlc: `1764000000500.000000.${device}`,
    });
    expect(await db.months.get('2026-11')).toMatchObject({
      intro: 'x',
      hlc: `0000000000007.000000.${device}`,
    });

    // The next write of the entry is stamped past it, with the same device.
    await updateEntry(db, 'a', { note: 'edited' }, 1_000);
    expect((await db.entries.get('a'))?.hlc).toBe(`1764000000500.000001.${device}`);
  });

  it('upgrades a database filled at version 2: every record kept, every live entry found and counted', async () => {
    const name = freshName();
    const v2 = new Dexie(name);
    v2.version(2).stores(VERSION_2);
    await v2.open();
    const entries: Entry[] = Array.from({ length: 2500 }, (_, i) => ({
      id: `id-${String(i).padStart(4, '0')}`,
      url: `https://example.org/${i}`,
      title: `Entry ${i} about ${i % 2 === 0 ? 'Kubernetes' : 'Rust'}`,
      note: i === 7 ? 'La sécurité des conteneurs' : '',
      tags: i % 3 === 0 ? ['Cloud'] : [],
      category: i % 5 === 0 ? 'Ops' : '',
      monthKey: `2019-${String((i % 12) + 1).padStart(2, '0')}`,
      capturedAt: 1000 + i,
      updatedAt: 1000 + i,
      // Every tenth entry is a tombstone: kept, never found nor counted.
      deletedAt: i % 10 === 9 ? 5000 : null,
      meta: {},
    }));
    await v2.table('entries').bulkAdd(entries);
    const month = { id: '2019-03', intro: 'Hi', outro: '', sectionIntros: {}, sectionOrder: [] };
    await v2.table('months').add({ ...month, titleOverride: '', publishDate: null });
    await v2.table('drafts').add({ url: 'https://example.org/d', title: 'D', updatedAt: 1 });
    v2.close();

    const db = new VeilleDatabase(name);
    opened.push(db);
    expect(await db.entries.toArray()).toEqual(
      entries.map((entry) => ({ ...entry, hlc: expect.any(String) })),
    );
    expect(await db.months.get('2019-03')).toMatchObject({ intro: 'Hi' });
    expect(await db.drafts.get('https://example.org/d')).toMatchObject({ title: 'D' });
    const live = entries.filter((entry) => entry.deletedAt === null);
    const all = await searchEntries(db, parseQuery('entry'), { limit: 5000 });
    expect(all.entries.map((entry) => entry.id)).toEqual(live.map((entry) => entry.id).reverse());
    expect((await searchEntries(db, parseQuery('secu')).then((r) => r.entries))[0]?.id).toBe(
      'id-0007',
    );
    const cloudOps = await searchEntries(db, parseQuery('#cloud category:ops kube'), {
      limit: 5000,
    });
    expect(cloudOps.entries.map((entry) => entry.id).sort()).toEqual(
      live
        .filter((entry) => {
          const n = Number(entry.id.slice(3));
          return n % 3 === 0 && n % 5 === 0 && n % 2 === 0;
        })
        .map((entry) => entry.id),
    );
    expect(await monthsWithEntries(db)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2019-${String(12 - i).padStart(2, '0')}`),
    );
    for (const key of ['2019-01', '2019-10']) {
      expect(await countMonth(db, key)).toBe(live.filter((e) => e.monthKey === key).length);
    }
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
      hlc: expect.stringMatching(/^0000000000002\.000000\.[0-9a-z]{12}$/),
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
