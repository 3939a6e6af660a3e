import { afterEach, describe, expect, it, vi } from 'vitest';
import { deleteTestDbs, seedEntry, testStore } from '../../../test/helpers/db';
import { fillDisk } from '../../../test/helpers/disk';
import { expectIndexInStep } from '../../../test/helpers/search-index';
import { rankTags } from '../../core/tags';
import type { VeilleDatabase } from '../database';
import { recentEntries } from '../entries';
import { StoreError } from '../errors';

const opened: VeilleDatabase[] = [];
afterEach(async () => {
  vi.restoreAllMocks();
  // Every curation write keeps the search index and the month counts in step.
  for (const db of opened.splice(0)) await expectIndexInStep(db);
  await deleteTestDbs();
});

const NOW = Date.UTC(2019, 3, 1);

async function library() {
  const store = testStore(NOW);
  opened.push(store.db);
  const a = await seedEntry(store.db, {
    url: 'https://example.org/a',
    tags: ['docker'],
    category: 'Cloud',
  });
  const b = await seedEntry(store.db, {
    url: 'https://example.org/b',
    tags: ['Docker', 'containers'],
    category: 'Cloud',
  });
  const c = await seedEntry(store.db, { url: 'https://example.org/c', category: 'Ops' });
  return { ...store, a, b, c };
}

describe('bulk edits through the writer', () => {
  it('edits every selected entry in one write, stamped and announced once', async () => {
    const { db, writer, changes, a, b, c } = await library();
    const seeded = new Map((await db.entries.toArray()).map((entry) => [entry.id, entry.hlc]));
    const result = await writer.bulkEdit([a.id, b.id, c.id], { kind: 'add-tag', tag: 'ops' });
    expect(result.entryIds.sort()).toEqual([a.id, b.id, c.id].sort());
    expect(changes).toEqual([result]);
    for (const id of [a.id, b.id, c.id]) {
      const entry = await db.entries.get(id);
      expect(entry).toMatchObject({ updatedAt: NOW });
      // Stamped past the version it edited, so sync carries the edit.
      expect(entry?.hlc && entry.hlc > (seeded.get(id) ?? '')).toBe(true);
    }
    expect((await db.entries.get(b.id))?.tags).toEqual(['Docker', 'containers', 'ops']);

    await writer.bulkEdit([a.id, c.id], { kind: 'move-to-month', monthKey: '2019-05' });
    expect((await db.entries.get(c.id))?.monthKey).toBe('2019-05');
    await writer.bulkEdit([a.id, b.id], { kind: 'set-category', category: 'Infra' });
    expect((await db.entries.get(a.id))?.category).toBe('Infra');
    await writer.bulkEdit([a.id, b.id], { kind: 'remove-tag', tag: 'DOCKER' });
    expect((await db.entries.get(b.id))?.tags).toEqual(['containers', 'ops']);
  });

  it('deletes the selection and brings the same entries back on Undo', async () => {
    const { db, writer, a, b, c } = await library();
    await writer.bulkEdit([a.id, b.id], { kind: 'delete' });
    expect((await db.entries.get(a.id))?.deletedAt).toBe(NOW);
    expect((await db.entries.get(c.id))?.deletedAt).toBeNull();
    const undone = await writer.bulkEdit([a.id, b.id], { kind: 'restore' });
    expect(undone.entryIds).toHaveLength(2);
    expect((await db.entries.get(b.id))?.deletedAt).toBeNull();
  });

  it('changes nothing and announces nothing when the disk fills midway', async () => {
    const { db, writer, changes, a, b, c } = await library();
    const before = await db.entries.toArray();
    // The first entry's put goes through, the second finds the disk full.
    fillDisk('put', 1, { after: 1 });
    const failed = writer.bulkEdit([a.id, b.id, c.id], { kind: 'set-category', category: 'X' });
    await expect(failed).rejects.toMatchObject({ failure: 'disk-full' });
    await expect(failed).rejects.toBeInstanceOf(StoreError);
    vi.restoreAllMocks();
    expect(await db.entries.toArray()).toEqual(before);
    expect(changes).toEqual([]);
  });
});

describe('renaming a tag', () => {
  it('renames it on every live entry whatever its spelling, and suggestions follow', async () => {
    const { db, writer, changes, a, b } = await library();
    const gone = await seedEntry(db, { url: 'https://example.org/gone', tags: ['docker'] });
    await writer.deleteEntry(gone.id);
    changes.length = 0;
    const result = await writer.renameTag('docker', 'Containers');
    expect(result.entryIds.sort()).toEqual([a.id, b.id].sort());
    expect(changes).toEqual([result]);
    expect((await db.entries.get(a.id))?.tags).toEqual(['Containers']);
    // b had both: merged into one.
    expect((await db.entries.get(b.id))?.tags).toEqual(['Containers']);
    expect((await db.entries.get(gone.id))?.tags).toEqual(['docker']);
    // What the popup's and the library's suggestions are ranked from.
    expect(rankTags(await recentEntries(db))).toEqual([{ tag: 'Containers', count: 2 }]);
  });

  it('leaves every entry as it was when the disk fills midway', async () => {
    const { db, writer, changes } = await library();
    const before = await db.entries.toArray();
    fillDisk('put', 1, { after: 1 });
    await expect(writer.renameTag('docker', 'moby')).rejects.toMatchObject({
      failure: 'disk-full',
    });
    vi.restoreAllMocks();
    expect(await db.entries.toArray()).toEqual(before);
    expect(changes).toEqual([]);
  });
});

describe('renaming a category', () => {
  it('carries the months’ section intros and pinned order over in the same write', async () => {
    const { db, writer, changes, a, b, c } = await library();
    await writer.saveMonthText('2019-03', {
      sectionIntros: { Cloud: 'Clouds.', Ops: 'Ops.' },
      sectionOrder: ['Cloud', 'Ops'],
    });
    await writer.saveMonthText('2019-02', { intro: 'Nothing about clouds.' });
    changes.length = 0;
    const result = await writer.renameCategory('Cloud', 'Ops');
    expect(result).toEqual({ entryIds: [a.id, b.id].sort(), monthKeys: ['2019-03'] });
    expect(changes).toEqual([result]);
    expect((await db.entries.get(b.id))?.category).toBe('Ops');
    expect((await db.entries.get(c.id))?.updatedAt).not.toBe(NOW);
    expect(await db.months.get('2019-03')).toMatchObject({
      sectionIntros: { Ops: 'Ops.\n\nClouds.' },
      sectionOrder: ['Ops'],
      updatedAt: NOW,
    });
  });

  it('finds the category whatever spaces a stored name kept, and only that category', async () => {
    const { db, writer, a, b } = await library();
    // Stored before names were trimmed (or by a sync): the rename finds it too.
    const padded = await seedEntry(db, { url: 'https://example.org/d', category: ' Cloud ' });
    const other = await seedEntry(db, { url: 'https://example.org/e', category: 'Cloudy' });
    const result = await writer.renameCategory('Cloud', 'Infra');
    expect(result.entryIds).toEqual([a.id, b.id, padded.id].sort());
    expect((await db.entries.get(padded.id))?.category).toBe('Infra');
    expect((await db.entries.get(other.id))?.category).toBe('Cloudy');
  });

  it('writes neither the entries nor the months when the months’ write fails', async () => {
    const { db, writer, changes } = await library();
    await writer.saveMonthText('2019-03', { sectionIntros: { Cloud: 'Clouds.' } });
    const entries = await db.entries.toArray();
    const months = await db.months.toArray();
    changes.length = 0;
    // Two entry puts go through; the month's put finds the disk full.
    fillDisk('put', 1, { after: 2 });
    await expect(writer.renameCategory('Cloud', 'Infra')).rejects.toMatchObject({
      failure: 'disk-full',
    });
    vi.restoreAllMocks();
    expect(await db.entries.toArray()).toEqual(entries);
    expect(await db.months.toArray()).toEqual(months);
    expect(changes).toEqual([]);
  });
});
