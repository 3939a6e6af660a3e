import { expect } from 'vitest';
import { indexChanges } from '../../src/core/search-terms';
import type { VeilleDatabase } from '../../src/db/database';

const byKey = <T extends { key: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.key < b.key ? -1 : 1));
const byId = <T extends { id: string }>(rows: T[]) =>
  [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

/**
 * Checks that the search index and the month counts are exactly what the
 * stored entries make: one row per live entry, one count per month with live
 * entries. After any sequence of writes, whichever door made them.
 */
export async function expectIndexInStep(db: VeilleDatabase): Promise<void> {
  const entries = await db.entries.toArray();
  const expected = indexChanges(entries.map((entry) => [undefined, entry] as const));
  expect(byKey(await db.entryTerms.toArray())).toEqual(byKey(expected.putRows));
  expect(byId(await db.monthSummaries.toArray())).toEqual(
    byId([...expected.monthDeltas].map(([id, count]) => ({ id, count }))),
  );
}
