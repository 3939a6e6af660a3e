import { afterEach, describe, expect, it } from 'vitest';
import { deleteTestDbs, testDb } from '../../../test/helpers/db';
import { expectIndexInStep } from '../../../test/helpers/search-index';
import { type IndexChanges, indexChanges } from '../../core/search-terms';
import type { Entry } from '../../core/types';
import { batchStores, mergeIndexChanges, putEntryBatch } from './entry-batch';

afterEach(deleteTestDbs);

const entry = (i: number, overrides: Partial<Entry> = {}): Entry => ({
  id: `e-${String(i).padStart(5, '0')}`,
  url: `https://example.org/${i}`,
  title: `Article ${i % 7} about kubernetes`,
  note: i % 3 ? 'a note on latency' : '',
  tags: [`t${i % 5}`],
  category: `C${i % 4}`,
  monthKey: `2019-0${1 + (i % 9)}`,
  capturedAt: 1_550_000_000_000 + i * 1000,
  updatedAt: 1_550_000_000_000 + i * 1000,
  deletedAt: null,
  meta: {},
  ...overrides,
});

/** Changes with their lists sorted, to compare them whatever the order of the writes. */
const sorted = ({ postings, monthDeltas, nameDeltas }: IndexChanges) => ({
  postings: [...postings]
    .map(([term, { add, remove }]) => [
      term,
      [...add].sort((a, b) => a - b),
      [...remove].sort((a, b) => a - b),
    ])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  monthDeltas: [...monthDeltas].sort((a, b) => a[0].localeCompare(b[0])),
  nameDeltas: [...nameDeltas]
    .map(([id, spellings]) => [id, Object.fromEntries(spellings)] as const)
    .sort((a, b) => a[0].localeCompare(b[0])),
});

describe('mergeIndexChanges', () => {
  it('gives what the whole batch gives, however it was cut', () => {
    const old = Array.from({ length: 30 }, (_, i) => entry(i));
    const writes = old.map((before, i) => {
      const after =
        i % 4 === 0
          ? { ...before, deletedAt: 1 }
          : i % 4 === 1
            ? { ...before, tags: ['renamed', `T${i % 5}`], monthKey: '2019-12' }
            : { ...before, title: `${before.title} again` };
      return [before, after] as const;
    });
    const added = [[undefined, entry(99)] as const];
    const whole = indexChanges([...writes, ...added]);
    const parts = [writes.slice(0, 7), writes.slice(7, 20), writes.slice(20), added].map((part) =>
      indexChanges(part),
    );
    expect(sorted(mergeIndexChanges(parts))).toEqual(sorted(whole));
    expect(sorted(mergeIndexChanges([whole]))).toEqual(sorted(whole));
    expect(sorted(mergeIndexChanges([]))).toEqual({
      postings: [],
      monthDeltas: [],
      nameDeltas: [],
    });
    // A month that loses as many entries as it gains is not counted at all.
    expect(mergeIndexChanges(parts).monthDeltas.has('2019-01')).toBe(
      whole.monthDeltas.has('2019-01'),
    );
    // Likewise a spelling, and a name with no spelling changed.
    expect(mergeIndexChanges(parts).nameDeltas.get('tag:t1')).toEqual(
      whole.nameDeltas.get('tag:t1'),
    );
  });
});

describe('putEntryBatch', () => {
  it('writes a batch of several chunks with the index in step', async () => {
    const db = testDb();
    const first = Array.from({ length: 2_300 }, (_, i) => entry(i));
    const written = await db.transaction('rw', batchStores(db), () => putEntryBatch(db, first, []));
    expect(written).toHaveLength(2_300);
    await expectIndexInStep(db);
    const stored = await db.entries.toArray();
    const next = stored.map((e, i) =>
      i % 2 ? { ...e, tags: ['kept'], updatedAt: e.updatedAt + 1 } : { ...e, deletedAt: 2 },
    );
    await db.transaction('rw', batchStores(db), () => putEntryBatch(db, next, stored));
    expect(await db.entries.where('deletedAt').equals(2).count()).toBe(1_150);
    await expectIndexInStep(db);
  });
});
