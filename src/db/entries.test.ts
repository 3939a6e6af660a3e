import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VeilleDatabase } from './database';
import {
  countMonth,
  entriesOfMonth,
  findEntryByUrl,
  monthsWithEntries,
  recentEntries,
} from './entries';
import { StoreError } from './errors';
import {
  deleteEntry,
  type EntryInput,
  purgeTombstones,
  restoreEntry,
  saveEntry,
  TOMBSTONE_TTL_MS,
  updateEntry,
} from './writes/entries';

const input = (overrides: Partial<EntryInput> = {}): EntryInput => ({
  url: 'https://example.org/a',
  title: 'A',
  note: '',
  tags: ['x'],
  category: 'Data',
  monthKey: '2019-03',
  meta: {},
  ...overrides,
});

let db: VeilleDatabase;
beforeEach(() => {
  db = new VeilleDatabase(`test-${crypto.randomUUID()}`);
});
afterEach(async () => {
  await db.delete();
});

describe('saveEntry', () => {
  it('stores a new entry with a uuid, times and no tombstone', async () => {
    const { entry, updated } = await saveEntry(db, input(), 1000);
    expect(updated).toBe(false);
    expect(entry.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(entry).toMatchObject({ capturedAt: 1000, updatedAt: 1000, deletedAt: null });
    expect(await db.entries.count()).toBe(1);
  });

  it('updates the entry of an already captured URL instead of duplicating it', async () => {
    const first = await saveEntry(db, input({ note: 'one' }), 1000);
    const second = await saveEntry(db, input({ note: 'two' }), 2000);
    expect(second.updated).toBe(true);
    expect(second.entry.id).toBe(first.entry.id);
    expect(second.entry).toMatchObject({ note: 'two', capturedAt: 1000, updatedAt: 2000 });
    expect(await db.entries.count()).toBe(1);
  });

  it('revives a tombstone with the same id when the URL is captured again', async () => {
    const first = await saveEntry(db, input(), 1000);
    await deleteEntry(db, first.entry.id, 1500);
    expect(await findEntryByUrl(db, input().url)).toBeUndefined();
    const again = await saveEntry(db, input({ title: 'B' }), 2000);
    expect(again.entry.id).toBe(first.entry.id);
    expect(again.entry).toMatchObject({ title: 'B', capturedAt: 2000, deletedAt: null });
  });
});

describe('updateEntry', () => {
  it('refuses to take the URL of another live entry and writes nothing', async () => {
    await saveEntry(db, input({ url: 'https://example.org/a' }));
    const b = await saveEntry(db, input({ url: 'https://example.org/b', title: 'B' }));
    await expect(
      updateEntry(db, b.entry.id, { url: 'https://example.org/a', title: 'changed' }),
    ).rejects.toMatchObject({ failure: 'duplicate-url' });
    expect((await db.entries.get(b.entry.id))?.title).toBe('B');
  });

  it('fails with not-found for a deleted entry', async () => {
    const a = await saveEntry(db, input());
    await deleteEntry(db, a.entry.id);
    await expect(updateEntry(db, a.entry.id, { note: 'x' })).rejects.toBeInstanceOf(StoreError);
  });

  it('moves an entry to another month', async () => {
    const a = await saveEntry(db, input({ monthKey: '2019-04' }));
    await updateEntry(db, a.entry.id, { monthKey: '2019-03' });
    expect((await entriesOfMonth(db, '2019-03')).map((e) => e.id)).toEqual([a.entry.id]);
    expect(await countMonth(db, '2019-04')).toBe(0);
  });
});

describe('month queries and tombstones', () => {
  it('lists live entries of a month in capture order', async () => {
    await saveEntry(db, input({ url: 'https://e.org/2', title: '2' }), 2000);
    await saveEntry(db, input({ url: 'https://e.org/1', title: '1' }), 1000);
    const gone = await saveEntry(db, input({ url: 'https://e.org/3', title: '3' }), 3000);
    await saveEntry(db, input({ url: 'https://e.org/4', monthKey: '2019-04' }), 4000);
    await deleteEntry(db, gone.entry.id);
    expect((await entriesOfMonth(db, '2019-03')).map((e) => e.title)).toEqual(['1', '2']);
    expect(await countMonth(db, '2019-03')).toBe(2);
    expect(await monthsWithEntries(db)).toEqual(['2019-04', '2019-03']);
  });

  it('restores a deleted entry', async () => {
    const a = await saveEntry(db, input());
    await deleteEntry(db, a.entry.id);
    await restoreEntry(db, a.entry.id);
    expect(await countMonth(db, '2019-03')).toBe(1);
  });

  it('purges only tombstones older than the TTL', async () => {
    const old = await saveEntry(db, input({ url: 'https://e.org/old' }));
    const recent = await saveEntry(db, input({ url: 'https://e.org/recent' }));
    const now = 10 * TOMBSTONE_TTL_MS;
    await deleteEntry(db, old.entry.id, now - TOMBSTONE_TTL_MS - 1);
    await deleteEntry(db, recent.entry.id, now - 1);
    expect(await purgeTombstones(db, now)).toBe(1);
    expect(await db.entries.get(old.entry.id)).toBeUndefined();
    expect(await db.entries.get(recent.entry.id)).toBeDefined();
  });

  it('gives the latest live captures, newest first, at most the window', async () => {
    for (let i = 1; i <= 5; i++) {
      await saveEntry(db, input({ url: `https://e.org/${i}`, title: String(i) }), i * 1000);
    }
    const four = await findEntryByUrl(db, 'https://e.org/4');
    if (four) await deleteEntry(db, four.id);
    expect((await recentEntries(db, 3)).map((e) => e.title)).toEqual(['5', '3', '2']);
  });
});
