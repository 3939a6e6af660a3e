import { afterEach, describe, expect, it } from 'vitest';
import { deleteTestDbs, testDb } from '../../../test/helpers/db';
import { expectIndexInStep } from '../../../test/helpers/search-index';
import type { SyncEntry } from '../../core/sync/records';
import { categoryCounts, tagCounts } from '../names';
import { applySync } from './sync';

afterEach(deleteTestDbs);

const entry = (id: string, overrides: Partial<SyncEntry> = {}): SyncEntry => ({
  id,
  url: `https://example.org/${id}`,
  title: id,
  note: '',
  tags: ['docker'],
  category: 'Ops',
  monthKey: '2019-03',
  capturedAt: 1_550_000_000_000,
  updatedAt: 1_550_000_000_000,
  deletedAt: null,
  meta: {},
  hlc: '1550000000000.000000.device0dev1',
  ...overrides,
});

describe('a sync’s writes', () => {
  it('keep the tag and category counts in step, tombstones and dropped entries left out', async () => {
    const db = testDb();
    const plan = (putEntries: SyncEntry[], dropEntryIds: string[] = []) =>
      applySync(db, { putEntries, putMonths: [], dropEntryIds });
    await plan([entry('a'), entry('b', { tags: ['Docker', 'rust'] }), entry('c')]);
    expect(await tagCounts(db)).toEqual([
      { name: 'docker', count: 3 },
      { name: 'rust', count: 1 },
    ]);
    await plan([entry('a', { deletedAt: 5, hlc: '1550000000001.000000.device0dev1' })], ['c']);
    expect(await tagCounts(db)).toEqual([
      { name: 'Docker', count: 1 },
      { name: 'rust', count: 1 },
    ]);
    expect(await categoryCounts(db)).toEqual([{ name: 'Ops', count: 1 }]);
    await expectIndexInStep(db);
  });
});
