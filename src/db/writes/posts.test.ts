import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { deleteTestDbs, seedEntry, testDb } from '../../../test/helpers/db';
import { loadExample, readExpected } from '../../../test/helpers/post/example';
import { expectIndexInStep } from '../../../test/helpers/search-index';
import { parsePost } from '../../core/import';
import { planImport } from '../../core/import/plan';
import { readBackup } from '../backup';
import type { VeilleDatabase } from '../database';
import { StoreError } from '../errors';
import { createWriter } from '../writer';
import { importPosts } from './posts';

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

async function planFor(target: VeilleDatabase) {
  const parsed = parsePost('mars.md', readExpected('expected-hugo.md'), loadExample().settings);
  if (!parsed.ok) throw new Error('refused');
  const existing = await readBackup(target);
  return planImport([parsed.post], existing, { now: 1, newId: () => crypto.randomUUID() });
}

describe('importPosts', () => {
  it('writes the entries and the published month, announced by the writer', async () => {
    const announced: unknown[] = [];
    const writer = createWriter(db, { now: () => 5_000, announce: (c) => announced.push(c) });
    const plan = await planFor(db);
    const applied = await writer.importPosts(plan);
    const { entries, months } = await readBackup(db);
    expect(entries).toHaveLength(7);
    expect(entries.every((e) => e.monthKey === '2019-03' && e.updatedAt === 5_000)).toBe(true);
    expect(months).toMatchObject([
      { id: '2019-03', publishedAt: 5_000, publishDate: '2019-04-01' },
    ]);
    expect(new Set(entries.map((e) => e.id))).toEqual(new Set(Object.values(plan.newIds)));
    expect(announced).toEqual([
      { entryIds: applied.putEntries.map((e) => e.id), monthKeys: ['2019-03'] },
    ]);
  });

  it('merges what was captured since the preview instead of duplicating it', async () => {
    const plan = await planFor(db);
    await seedEntry(db, { url: 'https://k3s.io/', title: 'k3s', note: 'Captured meanwhile.' });
    const applied = await importPosts(db, plan, 5_000);
    expect(applied.conflicts).toMatchObject([{ field: 'title' }, { field: 'note' }]);
    expect((await readBackup(db)).entries).toHaveLength(7);
  });

  it('writes nothing when a write fails', async () => {
    const plan = await planFor(db);
    vi.spyOn(db.months, 'bulkPut').mockRejectedValue(
      new DOMException('full', 'QuotaExceededError'),
    );
    await expect(importPosts(db, plan, 5_000)).rejects.toBeInstanceOf(StoreError);
    expect(await readBackup(db)).toEqual({ entries: [], months: [] });
  });
});
