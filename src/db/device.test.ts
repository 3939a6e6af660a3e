import { afterEach, describe, expect, it } from 'vitest';
import { deleteTestDbs, entryInput, testHotPath, testStore } from '../../test/helpers/db';
import { parseStamp } from '../core/sync/hlc';
import type { SyncEntry } from '../core/sync/records';
import type { Entry } from '../core/types';
import { TOMBSTONE_TTL_MS } from './entry-rules';
import { DEVICE_KEY } from './schema';

afterEach(deleteTestDbs);

const NOW = Date.UTC(2026, 10, 30, 12);

describe('clock stamps in the store', () => {
  it('are written by both doors with one device id, made once', async () => {
    const { db, writer: options } = testStore(NOW);
    await db.open();
    const { writer: popup } = testHotPath(NOW + 1, db);
    const first = await popup.saveEntry(entryInput({ url: 'https://example.org/1' }));
    const second = await options.saveEntry(entryInput({ url: 'https://example.org/2' }));
    const device = (await db.meta.get(DEVICE_KEY))?.value;
    expect(parseStamp(first.entry.hlc as string)).toEqual({ wall: NOW + 1, counter: 0, device });
    expect(parseStamp(second.entry.hlc as string)).toEqual({ wall: NOW, counter: 0, device });
    const month = await options.saveMonthText('2019-03', { intro: 'x' });
    expect(parseStamp(month.hlc as string)).toEqual({ wall: NOW, counter: 0, device });
  });

  it('move past the stamp of the record written, whatever the clock says', async () => {
    const ahead = testStore(NOW + 10 * 60_000);
    const { entry } = await ahead.writer.saveEntry(entryInput());
    await ahead.writer.saveMonthText('2019-03', { intro: 'ahead' });
    // The same database, written by a page whose clock is ten minutes behind.
    const { writer: popup } = testHotPath(NOW, ahead.db);
    const behind = testStore(NOW, ahead.db).writer;
    const stamps = [entry.hlc as string];
    stamps.push((await popup.updateEntry(entry.id, { note: 'later' })).hlc as string);
    await popup.deleteEntry(entry.id);
    stamps.push((await ahead.db.entries.get(entry.id))?.hlc as string);
    await behind.restoreEntry(entry.id);
    stamps.push((await ahead.db.entries.get(entry.id))?.hlc as string);
    await behind.setEntryOrder([entry.id]);
    stamps.push((await ahead.db.entries.get(entry.id))?.hlc as string);
    stamps.push((await popup.saveEntry(entryInput({ note: 'again' }))).entry.hlc as string);
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
    expect(parseStamp(stamps.at(-1) as string)).toMatchObject({
      wall: NOW + 10 * 60_000,
      counter: 5,
    });

    const month = await behind.markPublished('2019-03', [entry.id]);
    expect(parseStamp(month.hlc as string)).toMatchObject({ wall: NOW + 10 * 60_000, counter: 1 });
  });
});

describe('the tombstones purged after the TTL', () => {
  it.each(['options', 'popup'] as const)(
    'keep a deletion the sync server has not seen yet (%s door)',
    async (door) => {
      const { db, writer } = testStore(NOW);
      const synced = (await writer.saveEntry(entryInput({ url: 'https://example.org/synced' })))
        .entry;
      const pending = (await writer.saveEntry(entryInput({ url: 'https://example.org/pending' })))
        .entry;
      await writer.deleteEntry(synced.id);
      const stored = (id: string) => db.entries.get(id) as Promise<Entry>;
      // A sync saw the first deletion, and the second entry only while it was live.
      const marked = (entry: Entry) => ({ ...entry, syncedHlc: entry.hlc as string });
      await writer.applySync({
        putEntries: [marked(await stored(synced.id)), marked(pending)] as SyncEntry[],
        putMonths: [],
        dropEntryIds: [],
      });
      await writer.deleteEntry(pending.id);
      const later = NOW + TOMBSTONE_TTL_MS + 1;
      const purger =
        door === 'options' ? testStore(later, db).writer : testHotPath(later, db).writer;
      expect(await purger.purgeTombstones()).toBe(1);
      expect(await db.entries.get(synced.id)).toBeUndefined();
      expect(await db.entries.get(pending.id)).toMatchObject({ deletedAt: NOW });
    },
  );
});
