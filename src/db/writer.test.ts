import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { deleteTestDbs, entryInput, testDb } from '../../test/helpers/db';
import { expectIndexInStep } from '../../test/helpers/search-index';
import { onStoreChange, type StoreChange } from './changes';
import type { VeilleDatabase } from './database';
import { EditConflict } from './errors';
import { createWriter } from './writer';

let db: VeilleDatabase;
let clock: number;
let announced: StoreChange[];
let afterWrite: Mock<(change: StoreChange) => Promise<void>>;

const writer = () =>
  createWriter(db, {
    now: () => clock,
    announce: (change) => announced.push(change),
    afterWrite,
  });

beforeEach(() => {
  db = testDb();
  clock = 1_000;
  announced = [];
  afterWrite = vi.fn(async () => {});
});
afterEach(async () => {
  // Whatever each test wrote, or failed to write, left the index in step.
  await expectIndexInStep(db);
  await deleteTestDbs();
});

describe('the writer', () => {
  it('stamps every entry write with its clock and announces the entry', async () => {
    const w = writer();
    const { entry } = await w.saveEntry(entryInput());
    expect(entry).toMatchObject({ capturedAt: 1_000, updatedAt: 1_000 });
    clock = 2_000;
    await w.updateEntry(entry.id, { note: 'Mine' });
    clock = 3_000;
    await w.setEntryOrder([entry.id]);
    clock = 4_000;
    await w.deleteEntry(entry.id);
    expect(await db.entries.get(entry.id)).toMatchObject({ updatedAt: 4_000, deletedAt: 4_000 });
    clock = 5_000;
    await w.restoreEntry(entry.id);
    expect(await db.entries.get(entry.id)).toMatchObject({ updatedAt: 5_000, deletedAt: null });
    expect(announced).toEqual(
      Array.from({ length: 5 }, () => ({ entryIds: [entry.id], monthKeys: [] })),
    );
    await vi.waitFor(() => expect(afterWrite).toHaveBeenCalledTimes(5));
  });

  it('stamps and announces month writes', async () => {
    const w = writer();
    expect(await w.saveMonthText('2019-03', { intro: 'Hi' })).toMatchObject({ updatedAt: 1_000 });
    clock = 2_000;
    expect(await w.markPublished('2019-03', [])).toMatchObject({
      publishedAt: 2_000,
      updatedAt: 2_000,
    });
    expect(announced).toEqual([
      { entryIds: [], monthKeys: ['2019-03'] },
      { entryIds: [], monthKeys: ['2019-03'] },
    ]);
  });

  it('announces nothing and runs no after-write work when the write fails', async () => {
    const w = writer();
    await w.saveEntry(entryInput({ url: 'https://example.org/a' }));
    const { entry } = await w.saveEntry(entryInput({ url: 'https://example.org/b' }));
    announced = [];
    afterWrite.mockClear();
    await expect(w.updateEntry(entry.id, { url: 'https://example.org/a' })).rejects.toMatchObject({
      failure: 'duplicate-url',
    });
    expect(announced).toEqual([]);
    expect(afterWrite).not.toHaveBeenCalled();
  });

  it('returns the write even when the after-write work fails (the badge is feedback only)', async () => {
    afterWrite.mockRejectedValue(new Error('no badge here'));
    const { entry } = await writer().saveEntry(entryInput());
    expect(await db.entries.get(entry.id)).toBeDefined();
  });

  it('merges an edit made on an older version of the entry, and refuses a clashing one', async () => {
    const w = writer();
    const { entry: opened } = await w.saveEntry(entryInput({ note: '> One', title: 'T' }));
    await w.updateEntry(opened.id, { note: '> One\n\n> Two' }, opened);
    const merged = await w.updateEntry(opened.id, { note: '> One\n\nMine' }, opened);
    expect(merged.note).toBe('> One\n\nMine\n\n> Two');

    await w.updateEntry(opened.id, { title: 'Theirs' }, merged);
    announced = [];
    const clash = w.updateEntry(opened.id, { title: 'Mine' }, merged);
    await expect(clash).rejects.toBeInstanceOf(EditConflict);
    await expect(clash).rejects.toMatchObject({ fields: ['title'], stored: { title: 'Theirs' } });
    expect((await db.entries.get(opened.id))?.title).toBe('Theirs');
    expect(announced).toEqual([]);
  });

  it('announces on the channel every page and the worker listen to', async () => {
    const heard: StoreChange[] = [];
    const stop = onStoreChange((change) => heard.push(change));
    try {
      const broadcasting = createWriter(db, { now: () => clock });
      const { entry } = await broadcasting.saveEntry(entryInput());
      await vi.waitFor(() => expect(heard).toEqual([{ entryIds: [entry.id], monthKeys: [] }]));
    } finally {
      stop();
    }
  });
});
