import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteTestDbs, seedEntry, testDb } from '../../../test/helpers/db';
import { expectIndexInStep } from '../../../test/helpers/search-index';
import { parseBackup, serializeBackup } from '../../core/backup';
import type { Entry } from '../../core/types';
import { readBackup } from '../backup';
import type { VeilleDatabase } from '../database';
import { entriesOfMonth, findEntryByUrl } from '../entries';
import { StoreError } from '../errors';
import { getMonth } from '../months';
import { importBackup } from './backup';
import { deleteEntry } from './entries';
import { saveMonthText } from './months';

let db: VeilleDatabase;
beforeEach(() => {
  db = testDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  // Whatever each test wrote, or failed to write, left the index in step.
  await expectIndexInStep(db);
  await deleteTestDbs();
});

/** Everything in the database, for "nothing changed" comparisons. */
/** The records, without their clock stamps: each database stamps with its own device id. */
async function snapshot(target: VeilleDatabase = db) {
  const { entries, months } = await readBackup(target);
  const unstamped = <T extends { hlc?: string }>({ hlc, ...rest }: T) => {
    expect(hlc).toMatch(/^\d{13}\.\d{6}\.[0-9a-z]{12}$/);
    return rest;
  };
  return { entries: entries.map(unstamped), months: months.map(unstamped) };
}

/** Reads a database into a parsed backup, as downloading then choosing the file would. */
async function backupOf(source: VeilleDatabase, now = 9_000) {
  const { entries, months } = await readBackup(source);
  const parsed = parseBackup(serializeBackup(entries, months, now));
  if (!parsed.ok) throw new Error(parsed.problem);
  return parsed.backup;
}

describe('readBackup', () => {
  it('holds every entry, tombstones included, and every month record', async () => {
    const live = await seedEntry(db, { url: 'https://example.org/live' });
    const gone = await seedEntry(db, { url: 'https://example.org/gone' });
    await deleteEntry(db, gone.id, 5_000);
    await saveMonthText(db, '2019-03', { intro: 'Un mois.' }, 6_000);
    const { entries, months } = await readBackup(db);
    expect(entries.map((e) => e.id).sort()).toEqual([live.id, gone.id].sort());
    expect(entries.find((e) => e.id === gone.id)?.deletedAt).toBe(5_000);
    expect(months).toEqual([expect.objectContaining({ id: '2019-03', intro: 'Un mois.' })]);
  });
});

describe('importBackup', () => {
  it('restores everything into an empty database (after an uninstall)', async () => {
    const source = testDb();
    await seedEntry(source, { url: 'https://example.org/a', note: 'A' });
    await seedEntry(source, { url: 'https://example.org/b', note: 'B' });
    await saveMonthText(source, '2019-03', { intro: 'Un mois.' }, 6_000);
    const backup = await backupOf(source);

    const counts = await importBackup(db, backup, 10_000);
    expect(counts.entries).toMatchObject({ added: 2, updated: 0, unchanged: 0 });
    expect(counts.months).toEqual({ added: 1, updated: 0, unchanged: 0 });
    expect(await snapshot()).toEqual(await snapshot(source));
  });

  it('adds new entries, updates older ones, keeps newer ones', async () => {
    const older = await seedEntry(db, { url: 'https://example.org/older', note: 'here' }, 1_000);
    const newer = await seedEntry(db, { url: 'https://example.org/newer', note: 'here' }, 5_000);
    const incoming: Entry[] = [
      { ...older, note: 'backup', updatedAt: 2_000 },
      { ...newer, note: 'backup', updatedAt: 2_000 },
      { ...older, id: 'new-id', url: 'https://example.org/new', note: 'new' },
    ];
    const counts = await importBackup(db, { entries: incoming, months: [] }, 10_000);
    expect(counts.entries).toMatchObject({ added: 1, updated: 1, unchanged: 1 });
    const notes = (await entriesOfMonth(db, '2019-03')).map((e) => [e.url, e.note]);
    expect(notes.sort()).toEqual([
      ['https://example.org/new', 'new'],
      ['https://example.org/newer', 'here'],
      ['https://example.org/older', 'backup'],
    ]);
  });

  it('resolves a URL captured under two ids: the later one stays, under the unique index', async () => {
    const here = await seedEntry(db, { url: 'https://example.org/same', note: 'here' }, 1_000);
    const there = { ...here, id: 'other-browser', note: 'there', updatedAt: 2_000 };
    const counts = await importBackup(db, { entries: [there], months: [] }, 10_000);
    expect(counts.entries).toMatchObject({ updated: 1, urlConflicts: 1 });
    expect(await findEntryByUrl(db, 'https://example.org/same')).toEqual({
      ...there,
      hlc: expect.stringMatching(/^0000000002000\.000000\./),
    });
    expect(await db.entries.count()).toBe(1);
  });

  it('writes two entries that swap URLs without tripping the unique index', async () => {
    const a = await seedEntry(db, { url: 'https://example.org/1' }, 1_000);
    const b = await seedEntry(db, { url: 'https://example.org/2' }, 1_000);
    const swapped = [
      { ...a, url: 'https://example.org/2', updatedAt: 2_000 },
      { ...b, url: 'https://example.org/1', updatedAt: 2_000 },
    ];
    await importBackup(db, { entries: swapped, months: [] }, 10_000);
    expect((await findEntryByUrl(db, 'https://example.org/1'))?.id).toBe(b.id);
    expect((await findEntryByUrl(db, 'https://example.org/2'))?.id).toBe(a.id);
  });

  it('keeps an entry deleted after the backup, and revives it only when asked', async () => {
    const entry = await seedEntry(db, {}, 1_000);
    const backup = await backupOf(db);
    await deleteEntry(db, entry.id, 2_000);

    const counts = await importBackup(db, backup, 3_000);
    expect(counts.entries).toMatchObject({ added: 0, keptDeleted: 1 });
    expect(await entriesOfMonth(db, '2019-03')).toEqual([]);

    const revived = await importBackup(db, backup, 3_000, { reviveDeleted: true });
    expect(revived.entries).toMatchObject({ added: 1, keptDeleted: 0 });
    expect(await entriesOfMonth(db, '2019-03')).toEqual([
      { ...entry, updatedAt: 3_000, deletedAt: null, hlc: expect.stringMatching(/^0000000003000/) },
    ]);
  });

  it('changes nothing when a backup is restored twice', async () => {
    await seedEntry(db, { url: 'https://example.org/a' });
    await saveMonthText(db, '2019-03', { intro: 'x' }, 6_000);
    const backup = await backupOf(db);
    const before = await snapshot();
    const counts = await importBackup(db, backup, 10_000);
    expect(counts.entries).toMatchObject({ added: 0, updated: 0, unchanged: 1 });
    expect(counts.months).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await snapshot()).toEqual(before);
  });
});

describe('importBackup failures write nothing', () => {
  async function seeded() {
    const kept = await seedEntry(db, { url: 'https://example.org/same', note: 'here' }, 1_000);
    const moving = await seedEntry(db, { url: 'https://example.org/1', note: 'here' }, 1_000);
    await saveMonthText(db, '2019-03', { intro: 'here' }, 1_000);
    const incoming = {
      // Removes `kept` (URL conflict) and `moving` (URL moves) before writing.
      entries: [
        { ...kept, id: 'other', note: 'there', updatedAt: 2_000 },
        { ...moving, url: 'https://example.org/2', updatedAt: 2_000 },
        { ...kept, id: 'new', url: 'https://example.org/new', updatedAt: 2_000 },
      ],
      months: [{ ...(await getMonth(db, '2019-03')), intro: 'there', updatedAt: 2_000 }],
    };
    return { incoming, before: await snapshot() };
  }

  it('when writing the entries fails on a full disk', async () => {
    const { incoming, before } = await seeded();
    vi.spyOn(db.entries, 'bulkPut').mockRejectedValueOnce(
      new DOMException('Quota exceeded', 'QuotaExceededError'),
    );
    const error = await importBackup(db, incoming, 10_000).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StoreError);
    expect((error as StoreError).failure).toBe('disk-full');
    expect(await snapshot()).toEqual(before);
  });

  it('when the months fail after the entries were written', async () => {
    const { incoming, before } = await seeded();
    vi.spyOn(db.months, 'bulkPut').mockRejectedValueOnce(new Error('boom'));
    const error = await importBackup(db, incoming, 10_000).catch((e: unknown) => e);
    expect((error as StoreError).failure).toBe('unknown');
    expect(await snapshot()).toEqual(before);
  });

  it.each([
    ['a bulk write', new Dexie.BulkError('1 of 3 failed', { 0: new Dexie.QuotaExceededError() })],
    ['an aborted transaction', new Dexie.AbortError('aborted', new Dexie.QuotaExceededError())],
  ])('reports the quota error inside %s as a full disk', async (_, wrapped) => {
    const { incoming, before } = await seeded();
    vi.spyOn(db.entries, 'bulkPut').mockRejectedValueOnce(wrapped);
    const error = await importBackup(db, incoming, 10_000).catch((e: unknown) => e);
    expect((error as StoreError).failure).toBe('disk-full');
    expect(await snapshot()).toEqual(before);
  });
});
