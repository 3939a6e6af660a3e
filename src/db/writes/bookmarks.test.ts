import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AFTER_FIXTURES, bookmarkFixture } from '../../../test/helpers/bookmarks';
import { deleteTestDbs, seedEntry, testDb } from '../../../test/helpers/db';
import { expectIndexInStep } from '../../../test/helpers/search-index';
import { planBookmarks, readPocketCsv } from '../../core/import/bookmarks';
import type { VeilleDatabase } from '../database';
import { StoreError } from '../errors';
import { createWriter } from '../writer';
import { importBookmarks } from './bookmarks';

let db: VeilleDatabase;
beforeEach(() => {
  db = testDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  // An import keeps the search index and the month counts in step.
  await expectIndexInStep(db);
  await deleteTestDbs();
});

async function planFor(target: VeilleDatabase) {
  const file = readPocketCsv('pocket.csv', bookmarkFixture('pocket.csv'));
  return planBookmarks([file], await target.entries.toArray(), {
    now: AFTER_FIXTURES,
    timeZone: 'UTC',
    newId: () => crypto.randomUUID(),
  });
}

describe('importBookmarks', () => {
  it('writes the entries in one transaction, announced by the writer; again, nothing', async () => {
    const announced: unknown[] = [];
    const writer = createWriter(db, {
      now: () => AFTER_FIXTURES,
      announce: (c) => announced.push(c),
    });
    const plan = await planFor(db);
    const applied = await writer.importBookmarks(plan);
    const entries = await db.entries.toArray();
    expect(entries).toHaveLength(4);
    expect(new Set(entries.map((e) => e.id))).toEqual(new Set(Object.values(plan.newIds)));
    expect(announced).toEqual([
      {
        entryIds: applied.putEntries.map((e) => e.id),
        monthKeys: ['2019-03', '2019-06'],
      },
    ]);

    const again = await writer.importBookmarks(await planFor(db));
    expect(again).toMatchObject({ newEntries: 0, mergedEntries: 0, unchangedEntries: 4 });
    expect(again.putEntries).toEqual([]);
    expect(await db.entries.toArray()).toEqual(entries);
  });

  it('merges what was captured since the preview instead of duplicating it', async () => {
    const plan = await planFor(db);
    const captured = await seedEntry(db, {
      url: 'https://example.org/no-title',
      title: 'Captured',
      note: 'Meanwhile.',
    });
    const applied = await importBookmarks(db, plan, AFTER_FIXTURES);
    expect(applied).toMatchObject({ newEntries: 3, mergedEntries: 1 });
    expect(await db.entries.get(captured.id)).toMatchObject({
      title: 'Captured',
      note: 'Meanwhile.',
      tags: ['Reading List'],
    });
    expect(await db.entries.count()).toBe(4);
  });

  it('writes nothing when a write fails', async () => {
    const plan = await planFor(db);
    vi.spyOn(db.entries, 'bulkPut').mockRejectedValue(
      new DOMException('full', 'QuotaExceededError'),
    );
    await expect(importBookmarks(db, plan, AFTER_FIXTURES)).rejects.toBeInstanceOf(StoreError);
    expect(await db.entries.count()).toBe(0);
  });
});
