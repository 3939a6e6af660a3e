import { bench, describe } from 'vitest';
import type { Entry } from '../../src/core/types';
import { VeilleDatabase } from '../../src/db/database';
import { createWriter } from '../../src/db/writer';

/**
 * Curation over a library of 100,000 entries (fake-indexeddb in Node: slower
 * than a browser's IndexedDB, so an upper bound): a tag on 10,000 of them
 * renamed, and a bulk edit of 500 selected entries. Each is one transaction.
 */
const SIZE = Number(process.env.CURATION_BENCH_SIZE ?? 100_000);
const db = new VeilleDatabase(`bench-${crypto.randomUUID()}`);
const writer = createWriter(db, { now: Date.now, announce: () => undefined });
const entries: Entry[] = Array.from({ length: SIZE }, (_, i) => ({
  id: `entry-${String(i).padStart(6, '0')}`,
  url: `https://example.org/${i}`,
  title: `Entry ${i}`,
  note: '',
  tags: i % 10 === 0 ? ['docker', `t${i % 97}`] : [`t${i % 97}`],
  category: `Category ${i % 12}`,
  monthKey: `20${String(10 + Math.floor(i / 10_000)).padStart(2, '0')}-0${1 + (i % 9)}`,
  capturedAt: i,
  updatedAt: i,
  deletedAt: null,
  meta: {},
}));
await db.entries.bulkAdd(entries);
const selected = entries.slice(0, 500).map((entry) => entry.id);

let tag = 'docker';
let category = 'Category 3';
describe('curation, 100,000 entries', () => {
  bench(
    'rename a tag carried by 10,000 entries',
    async () => {
      const next = tag === 'docker' ? 'containers' : 'docker';
      await writer.renameTag(tag, next);
      tag = next;
    },
    { iterations: 3, warmupIterations: 0, time: 0 },
  );
  bench(
    'rename a category of 8,333 entries (and the months)',
    async () => {
      const next = category === 'Category 3' ? 'Infra' : 'Category 3';
      await writer.renameCategory(category, next);
      category = next;
    },
    { iterations: 3, warmupIterations: 0, time: 0 },
  );
  bench(
    'add a tag to 500 selected entries',
    async () => {
      await writer.bulkEdit(selected, { kind: 'add-tag', tag: `bulk-${Math.random()}` });
    },
    { iterations: 3, warmupIterations: 0, time: 0 },
  );
});
