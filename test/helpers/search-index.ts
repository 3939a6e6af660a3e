import { expect } from 'vitest';
import { buildIndex } from '../../src/core/search-index-build';
import type { VeilleDatabase } from '../../src/db/database';

const byKey = <T>(rows: T[], key: (row: T) => string) =>
  [...rows].sort((a, b) => (key(a) < key(b) ? -1 : 1));

/**
 * Checks that the search index and the month and name counts are exactly
 * what the stored entries make: each term's capture times, each month's live
 * count, each tag's and category's live count per spelling.
 * After any sequence of writes, whichever door made them.
 */
export async function expectIndexInStep(db: VeilleDatabase): Promise<void> {
  const expected = buildIndex(await db.entries.toArray());
  const postings = (rows: { term: string; docs: Float64Array }[]) =>
    byKey(rows, (row) => row.term).map((row) => [row.term, [...row.docs]]);
  expect(postings(await db.postings.toArray())).toEqual(postings(expected.postings));
  expect(byKey(await db.monthSummaries.toArray(), (row) => row.id)).toEqual(
    byKey(expected.summaries, (row) => row.id),
  );
  expect(byKey(await db.nameSummaries.toArray(), (row) => row.id)).toEqual(
    byKey(expected.names, (row) => row.id),
  );
}
